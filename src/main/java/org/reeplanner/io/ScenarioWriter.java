package org.reeplanner.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.reeplanner.model.Scenario;

/**
 * Writes a scenario as the documented JSON (docs/scenario-format.md): the current {@code formatVersion}, fields in
 * a fixed order, two-space indentation, UTF-8, a trailing newline. {@link ScenarioReader} reads it back exactly,
 * every number included. Saving goes through {@link AtomicFiles}, so a failed save leaves the old file as it was.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    /** Saves {@code scenario} to {@code file} atomically; on failure an existing file is unchanged. */
    public static void save(Path file, Scenario scenario) throws IOException {
        AtomicFiles.write(file, content(scenario));
    }

    /**
     * The file content as a producer for {@link AtomicFiles}; the scenario is checked here, before any file is
     * touched.
     */
    public static AtomicFiles.Content content(Scenario scenario) {
        byte[] bytes = toBytes(scenario);
        return out -> out.write(bytes);
    }

    /** The scenario as the bytes of a scenario file. */
    public static byte[] toBytes(Scenario scenario) {
        return PrettyJson.toBytes(toFile(scenario));
    }

    /** The persisted form of {@code scenario}, checked to hold only finite numbers. */
    static ScenarioFile toFile(Scenario scenario) {
        ScenarioFile file = ScenarioFile.fromModel(scenario);
        checkFinite(file);
        return file;
    }

    /** Writes the scenario file's bytes to {@code out}, which is left open. */
    public static void write(OutputStream out, Scenario scenario) throws IOException {
        out.write(toBytes(scenario));
    }

    /** A NaN or infinity would be written as text that no JSON reader accepts: refuse it before writing anything. */
    private static void checkFinite(ScenarioFile file) {
        file.levers().forEach((id, l) -> {
            finite(l.investmentUsdBn(), "levers." + id + ".investmentUsdBn");
            finite(l.usShare(), "levers." + id + ".usShare");
        });
        finite(file.disruption().severity(), "disruption.severity");
        file.assumptions().forEach((key, value) -> finite(value, "assumptions." + key));
    }

    private static void finite(double v, String path) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot save the scenario: " + path + " is " + v);
        }
    }
}
