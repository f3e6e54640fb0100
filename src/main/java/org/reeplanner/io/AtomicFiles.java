package org.reeplanner.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new one: the bytes go to a temporary
 * file in the same folder, are forced to disk, and the temporary file is then moved over the target in one step.
 * When anything fails the target is left as it was and the temporary file is removed. A process killed mid-write
 * cannot remove its temporary file; the name carries the process id ({@code .report.xlsx.4711-3f2a.tmp}), so the
 * next write into the folder finds such leftovers of processes no longer running and deletes them.
 */
public final class AtomicFiles {

    /** Produces a file's content; the stream is buffered and closing it is harmless. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code content} to {@code target}, replacing it if it exists.
     *
     * @throws IOException with a message naming the file when the folder is missing, the target is a folder, or
     *                     writing, syncing or moving fails; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = resolveLinks(target.toAbsolutePath().normalize());
        Path folder = file.getParent();
        checkWritable(target, file, folder);
        TempFiles.deleteLeftovers(folder, file.getFileName().toString());
        Path temp = folder.resolve(TempFiles.name(file.getFileName().toString()));
        boolean done = false;
        try {
            writeAndSync(temp, content);
            copyPermissions(file, temp);
            move(temp, file);
            done = true;
            syncFolder(folder);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } catch (RuntimeException e) {
            // Writers such as POI wrap the stream's IOException (a full disk, say) in their own runtime exception.
            IOException cause = ioCause(e);
            if (cause == null) {
                throw e;
            }
            throw new IOException("cannot write " + target + ": " + reason(cause), cause);
        } finally {
            if (!done) {
                deleteQuietly(temp);
            }
        }
    }

    /** A symbolic link is written through, so the link stays and its target gets the new content. */
    private static Path resolveLinks(Path file) throws IOException {
        if (Files.isSymbolicLink(file) && Files.exists(file)) {
            return file.toRealPath();
        }
        return file;
    }

    private static void checkWritable(Path target, Path file, Path folder) throws IOException {
        if (folder == null) {
            throw new IOException("cannot write " + target + ": not a file path");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + target + ": it is a folder, not a file");
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new IOException("cannot write " + target + ": " + danglingLink(file));
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // Replacing a device, pipe or socket with a regular file would break the system, not save a document.
            throw new IOException("cannot write " + target + ": it is not a regular file (a device, pipe or socket)");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": the folder " + folder
                    + (Files.exists(folder) ? " is not a folder" : " does not exist"));
        }
    }

    /**
     * Why {@code file}, a symbolic link whose target does not exist, is not written through: the link may point
     * anywhere, and the user most likely meant a different file.
     */
    public static String danglingLink(Path file) {
        String to;
        try {
            to = " (" + Files.readSymbolicLink(file) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            to = "";
        }
        return "it is a symbolic link to a file that does not exist" + to + "; name the file itself or an existing "
                + "link";
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Writes and forces the content to disk. A failure of the stream (a full disk, a quota) is what gets reported, even
     * when the writer (POI, say) catches it and throws something of its own that no longer says why.
     */
    private static void writeAndSync(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            Guarded guarded = new Guarded(out);
            try {
                content.writeTo(guarded);
            } catch (RuntimeException e) {
                if (guarded.failure != null) {
                    throw guarded.failure;
                }
                throw e;
            }
            out.flush();
            channel.force(true);
        }
    }

    /** Passes writes on, keeping the channel open on close and remembering the first failure. */
    private static final class Guarded extends FilterOutputStream {
        private IOException failure;

        Guarded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            // The channel must stay open until it is forced to disk.
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not allowed: the new file keeps the default permissions.
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder; elsewhere this is a no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows and some file systems refuse this; the file itself is already complete and in place.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done; the original failure is the one worth reporting.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
