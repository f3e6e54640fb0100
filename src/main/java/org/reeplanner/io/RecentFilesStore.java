package org.reeplanner.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the list of recently used scenario files in {@code recent-files.json} in the config folder. A missing or
 * damaged list reads as empty: losing it must never stop the application from starting.
 */
public final class RecentFilesStore {
    static final String FILE_NAME = "recent-files.json";
    static final int FORMAT_VERSION = 1;
    private static final int MAX_STORED = 50;

    private final Path file;

    /** The layout of the file. */
    @JsonPropertyOrder({"formatVersion", "files"})
    record RecentFilesJson(int formatVersion, List<String> files) {
    }

    public RecentFilesStore(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The stored paths, most recent first; empty when there is no readable list. */
    public List<Path> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = JsonDocument.parse(file.toString(), InputFiles.read(file));
            JsonNode files = root.get("files");
            List<Path> paths = new ArrayList<>();
            if (files != null && files.isArray()) {
                for (JsonNode n : files) {
                    if (n.isTextual() && paths.size() < MAX_STORED) {
                        toPath(n.textValue(), paths);
                    }
                }
            }
            return List.copyOf(paths);
        } catch (InputException e) {
            return List.of();
        }
    }

    /** Replaces the stored list, atomically. */
    public void save(List<Path> paths) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> texts = paths.stream().limit(MAX_STORED).map(p -> p.toAbsolutePath().toString()).toList();
        AtomicFiles.write(file, PrettyJson.toBytes(new RecentFilesJson(FORMAT_VERSION, texts)));
    }

    private static void toPath(String text, List<Path> paths) {
        try {
            Path p = Path.of(text);
            if (p.isAbsolute() && !paths.contains(p)) {
                paths.add(p);
            }
        } catch (InvalidPathException e) {
            // A path from another system or a damaged entry: skip it.
        }
    }
}
