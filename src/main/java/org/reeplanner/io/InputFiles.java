package org.reeplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.reeplanner.model.Problem;

/**
 * Reads input bytes from files or from the data shipped inside the jar, with a size guard and clear failures. Only
 * regular files are read (a device such as {@code /dev/zero}, a pipe or a socket is refused before it is opened),
 * and never more than the cap: the size a file system reports is not trusted.
 */
public final class InputFiles {
    /** Where the shipped data sits on the class path (copied from sample-data/ by the build). */
    public static final String SHIPPED_ROOT = "/sample-data/";

    private InputFiles() {
    }

    /** A JSON input of at most {@link JsonDocument#MAX_BYTES}. */
    public static byte[] read(Path file) throws InputException {
        return read(file, JsonDocument.MAX_BYTES, "a JSON file");
    }

    /**
     * The bytes of {@code file}, a regular file (or a link to one) of at most {@code maxBytes}.
     *
     * @param expected what the file should be, for messages ("a JSON file")
     */
    public static byte[] read(Path file, long maxBytes, String expected) throws InputException {
        String name = file.toString();
        checkRegularFile(file, expected);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(name, Problem.error("(file)", sizeFound(file, maxBytes),
                        "at most " + maxBytes + " bytes (" + megabytes(maxBytes) + ")"));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(name, Problem.error("(file)", "no such file", "an existing, readable file"));
        } catch (AccessDeniedException e) {
            throw new InputException(name, Problem.error("(file)", "a file this user may not read (permission "
                    + "denied)", "an existing, readable file"));
        } catch (IOException e) {
            throw new InputException(name, Problem.error("(file)", "unreadable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", "an existing, readable file"));
        }
    }

    /**
     * Refuses anything but a regular file before it is opened: opening a pipe blocks until someone writes to it,
     * and a device may never end.
     */
    public static void checkRegularFile(Path file, String expected) throws InputException {
        String name = file.toString();
        String found = null;
        if (!Files.exists(file)) {
            found = Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist" : "no such file";
            expected = "an existing, readable file";
        } else if (Files.isDirectory(file)) {
            found = "a folder";
        } else if (!Files.isRegularFile(file)) {
            found = "a device, pipe or socket" + (Files.isSymbolicLink(file) ? " reached through a symbolic link" : "")
                    + ", not a regular file";
        }
        if (found != null) {
            throw new InputException(name, Problem.error("(file)", found, expected));
        }
    }

    private static String sizeFound(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return size + " bytes";
            }
        } catch (IOException e) {
            // The file went away while it was read; what was read already is too much.
        }
        return "more than " + maxBytes + " bytes";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
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
