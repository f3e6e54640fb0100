package org.reeplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.reeplanner.model.Problem;

/** Reads input bytes from files or from the data shipped inside the jar, with a size guard and clear failures. */
public final class InputFiles {
    /** Where the shipped data sits on the class path (copied from sample-data/ by the build). */
    public static final String SHIPPED_ROOT = "/sample-data/";

    private InputFiles() {
    }

    public static byte[] read(Path file) throws InputException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name, Problem.error("(file)", "a folder", "a file"));
            }
            long size = Files.size(file);
            if (size > JsonDocument.MAX_BYTES) {
                throw new InputException(name, Problem.error("(file)", size + " bytes",
                        "at most " + JsonDocument.MAX_BYTES + " bytes"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, Problem.error("(file)", "no such file", "an existing, readable file"));
        } catch (IOException e) {
            throw new InputException(name, Problem.error("(file)", "unreadable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", "an existing, readable file"));
        }
    }

    /** Reads a shipped resource such as {@code scenarios/seed-baseline.json}; a missing one is a build fault. */
    public static byte[] readShipped(String relative) {
        String path = SHIPPED_ROOT + relative;
        try (InputStream in = InputFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("shipped resource missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read shipped resource " + path, e);
        }
    }
}
