package org.reeplanner.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.reeplanner.model.Problem;

/**
 * The recovery files in the config folder: each running planner writes its unsaved work to
 * {@code recovery-<process id>.json} and deletes it on a clean exit, so a file whose process is gone was left by a
 * crash or a kill and is worth offering at the next start. Writes are atomic. The layout is in
 * docs/scenario-format.md.
 */
public final class RecoveryFiles {
    static final String PREFIX = "recovery-";
    static final String SUFFIX = ".json";
    static final int FORMAT_VERSION = 1;

    private final Path folder;
    private final ScenarioReader reader;
    private final long ownPid;
    private final LongPredicate running;
    /**
     * Recovery files this process wrote and has not deleted, whichever instance wrote them: a second window or a
     * test in the same process must not offer a live document's copy as a crash's leftover.
     */
    private static final Set<Path> WRITTEN_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    /** The layout of a recovery file. */
    @JsonPropertyOrder({"formatVersion", "savedAt", "sourceFile", "scenario"})
    record RecoveryJson(int formatVersion, String savedAt, String sourceFile, ScenarioFile scenario) {
    }

    public RecoveryFiles(Path folder, ScenarioReader reader) {
        this(folder, reader, ProcessHandle.current().pid(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** With the process id and the test of whether a process runs given (a seam for tests). */
    RecoveryFiles(Path folder, ScenarioReader reader, long ownPid, LongPredicate running) {
        this.folder = folder;
        this.reader = reader;
        this.ownPid = ownPid;
        this.running = running;
    }

    /** This process's recovery file. */
    public Path ownFile() {
        return folder.resolve(PREFIX + ownPid + SUFFIX);
    }

    /** Writes this process's recovery file atomically, creating the config folder if needed. */
    public void write(Recovery recovery) throws IOException {
        Files.createDirectories(folder);
        String source = recovery.sourceFile() == null ? null : recovery.sourceFile().toAbsolutePath().toString();
        byte[] bytes = PrettyJson.toBytes(new RecoveryJson(FORMAT_VERSION, recovery.savedAt().toString(), source,
                ScenarioWriter.toFile(recovery.scenario())));
        AtomicFiles.write(ownFile(), bytes);
        WRITTEN_BY_THIS_PROCESS.add(ownFile().toAbsolutePath());
    }

    /** Removes this process's recovery file: the work is saved, or the user chose to discard it. */
    public void deleteOwn() throws IOException {
        Files.deleteIfExists(ownFile());
        WRITTEN_BY_THIS_PROCESS.remove(ownFile().toAbsolutePath());
    }

    /** Recovery files whose planner is no longer running, newest first. */
    public List<Path> leftBehind() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(this::isLeftBehind).forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(RecoveryFiles::modified).reversed());
        return found;
    }

    /** Reads a recovery file; its problems are reported at paths such as {@code scenario.levers.mining}. */
    public Recovery read(Path file) throws InputException {
        String source = file.toString();
        JsonNode root = JsonDocument.parse(source, InputFiles.read(file));
        JsonFields f = new JsonFields();
        f.integer(root, "formatVersion", "", FORMAT_VERSION, FORMAT_VERSION, true, FORMAT_VERSION);
        String savedAt = f.text(root, "savedAt", "", true, null, 64);
        String sourceFile = f.text(root, "sourceFile", "", false, null, 4096);
        JsonNode scenario = f.object(root, "scenario", "", true);
        Instant when = null;
        try {
            when = savedAt == null ? null : Instant.parse(savedAt);
        } catch (DateTimeParseException e) {
            f.error("savedAt", "\"" + savedAt + "\"", "an ISO-8601 instant such as 2025-06-01T12:00:00Z");
        }
        if (f.hasErrors()) {
            throw new InputException(source, f.problems());
        }
        try {
            ScenarioReader.Loaded loaded = reader.read(source, scenario);
            return new Recovery(loaded.scenario(), sourceFile == null ? null : Path.of(sourceFile), when);
        } catch (InputException e) {
            throw new InputException(source, e.problems().stream().map(p -> new Problem(p.severity(),
                    "scenario." + p.path(), p.found(), p.allowed())).toList());
        }
    }

    /** Deletes a recovery file that was restored or declined. */
    public void discard(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private boolean isLeftBehind(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || !Files.isRegularFile(file)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ownPid) {
            // Our own id on a file we did not write: a process of an earlier boot had the same id.
            return !WRITTEN_BY_THIS_PROCESS.contains(file.toAbsolutePath());
        }
        return !running.test(pid);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
