package org.reeplanner.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.reeplanner.model.Scenario;

/**
 * Unsaved work kept for a crash: the scenario as it was being edited, the file it belongs to (null for a scenario
 * never saved) and when it was written.
 */
public record Recovery(Scenario scenario, Path sourceFile, Instant savedAt) {
    public Recovery {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
