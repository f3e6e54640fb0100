package org.reeplanner.ui.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.reeplanner.io.InputException;
import org.reeplanner.io.Recovery;
import org.reeplanner.io.RecoveryFiles;
import org.reeplanner.ui.common.Messages;

/**
 * At start, finds unsaved work left by a planner that crashed or was killed, and restores or discards it as the
 * user decides. A recovery file that cannot be read is left where it is: it is never deleted without being shown.
 */
public final class RecoveryOffer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** Work found in {@code file}. */
    public record Found(Path file, Recovery recovery) {
        /** "“Seed baseline” (plan.json), last kept 3 Jun 2025, 14:05". */
        public String describe(ZoneId zone) {
            Path source = recovery.sourceFile();
            String when = WHEN.format(recovery.savedAt().atZone(zone));
            String name = recovery.scenario().name();
            return source == null ? Messages.format("files.recovery.describeNeverSaved", name, when)
                    : Messages.format("files.recovery.describe", name, source.getFileName(), when);
        }
    }

    private final RecoveryFiles files;

    public RecoveryOffer(RecoveryFiles files) {
        this.files = files;
    }

    /** The newest readable work left behind, if any; reads files, so call it off the UI thread. */
    public Optional<Found> find() {
        for (Path file : files.leftBehind()) {
            try {
                return Optional.of(new Found(file, files.read(file)));
            } catch (InputException e) {
                // Unreadable: keep looking; the file stays for someone to inspect.
            }
        }
        return Optional.empty();
    }

    /** Shows the recovered work in {@code document} (unsaved, so marked dirty). */
    public void restore(Found found, ScenarioDocument document) {
        document.recover(found.recovery().scenario(), found.recovery().sourceFile());
    }

    /** Removes a recovery file once its work is restored (the autosave keeps a fresh copy) or declined. */
    public void discard(Found found) throws IOException {
        files.discard(found.file());
    }
}
