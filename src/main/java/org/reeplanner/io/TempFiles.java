package org.reeplanner.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the temporary files {@link AtomicFiles} writes beside a target, and the clean-up of those a killed
 * process left behind: {@code .NAME.PID-RANDOM.tmp}, deleted by a later write into the same folder once process PID
 * is no longer running. Files of the older form {@code .NAME.RANDOM.tmp} (no process id) are deleted when the same
 * target is written again and they are more than ten minutes old.
 */
final class TempFiles {
    private static final Pattern OURS = Pattern.compile("\\..+\\.(\\d{1,10})-[0-9a-f]{1,16}\\.tmp");
    private static final Pattern LEGACY = Pattern.compile("[0-9a-f]{1,16}\\.tmp");
    private static final Duration LEGACY_AGE = Duration.ofMinutes(10);
    private static final int MAX_LOOKED_AT = 10_000;

    private TempFiles() {
    }

    /** A fresh temporary name for {@code target}, a file name without folder. */
    static String name(String target) {
        return "." + target + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp";
    }

    /** Deletes leftovers in {@code folder}; best effort, as a failure here must not stop the write. */
    static void deleteLeftovers(Path folder, String target) {
        String legacyPrefix = "." + target + ".";
        int looked = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path f : files) {
                if (++looked > MAX_LOOKED_AT) {
                    return;
                }
                deleteIfLeftover(f, legacyPrefix);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder: the write itself reports what matters.
        }
    }

    private static void deleteIfLeftover(Path f, String legacyPrefix) {
        String n = f.getFileName().toString();
        Matcher m = OURS.matcher(n);
        try {
            if (m.matches() ? !running(Long.parseLong(m.group(1)))
                    : n.startsWith(legacyPrefix) && LEGACY.matcher(n.substring(legacyPrefix.length())).matches()
                    && olderThan(f, LEGACY_AGE)) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException e) {
            // Removed meanwhile, not ours to delete, or not a file: leave it.
        }
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean olderThan(Path f, Duration age) throws IOException {
        FileTime t = Files.getLastModifiedTime(f, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return t.toInstant().isBefore(Instant.now().minus(age));
    }
}
