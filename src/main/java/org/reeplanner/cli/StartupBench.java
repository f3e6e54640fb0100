package org.reeplanner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.reeplanner.io.ConfigFolder;

/**
 * {@code bench}'s start-up figure: launches this application's window in a child process, the way the user would
 * (the app image's launcher, or {@code java -cp JAR Launcher}), and times process start → the window's start-up
 * probe line (ui.StartupProbe, {@code -Dree.startupProbe=true}); the child closes itself after the line. The child
 * uses a throwaway configuration folder, so the user's saved window and preferences neither shape the figure nor
 * change. Needs a display; the comparison with a bare JavaFX window is src/dist/startup-bench.sh
 * (docs/performance.md).
 */
final class StartupBench {
    /** The line ui.StartupProbe prints once the window is shown and laid out (kept equal by a test). */
    static final String SHOWN = "ree-probe: window shown";
    static final String PROBE_OPTIONS = "-Dree.startupProbe=true -Dree.probe.exit=true";
    private static final long TIMEOUT_SECONDS = 60;

    /** A median start-up time, or why there is none. */
    record Outcome(Double millis, String note) {
    }

    private StartupBench() {
    }

    /** Measures {@code runs} start-ups of this application's window, if there is a display to open it on. */
    static Outcome measure(int runs) {
        if (runs == 0) {
            return new Outcome(null, "not measured (--startup-runs 0)");
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return new Outcome(null, "not measured: no display (DISPLAY is unset); src/dist/startup-bench.sh measures "
                    + "it under Xvfb");
        }
        String launcher = System.getProperty("jpackage.app-path");
        List<String> command = launcher != null ? List.of(launcher)
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), "org.reeplanner.Launcher");
        String how = launcher != null ? "the app image's launcher" : "java -cp the jar";
        return measure(command, runs, "median of " + runs + " window start-ups (" + how + "), process start to "
                + "window shown and laid out");
    }

    /** Launches {@code command} {@code runs} times and returns the median time to its probe line. */
    static Outcome measure(List<String> command, int runs, String description) {
        double[] samples = new double[runs];
        Path config = null;
        try {
            config = Files.createTempDirectory("ree-bench-config");
            for (int r = 0; r < runs; r++) {
                samples[r] = once(command, config);
            }
        } catch (IOException | IllegalStateException e) {
            return new Outcome(null, "not measured: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "not measured: interrupted");
        } finally {
            deleteQuietly(config);
        }
        return new Outcome(BenchFigures.median(samples), description);
    }

    private static double once(List<String> command, Path config) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Set by jpackage's native launcher in its own process; a child launcher that sees it runs no app.
        env.remove("_JPACKAGE_LAUNCHER");
        String options = PROBE_OPTIONS + " -D" + ConfigFolder.PROPERTY + "=" + config;
        String inherited = env.get("JAVA_TOOL_OPTIONS");
        env.put("JAVA_TOOL_OPTIONS", inherited == null || inherited.isBlank() ? options : inherited + " " + options);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Thread watchdog = new Thread(() -> {
                try {
                    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-startup-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(SHOWN)) {
                    return (System.nanoTime() - start) / 1e6;
                }
                if (lines.size() < 5) {
                    lines.add(line);
                }
            }
            throw new IllegalStateException("the window did not report being shown within " + TIMEOUT_SECONDS
                    + " s" + (lines.isEmpty() ? "" : "; it printed: " + String.join(" | ", lines)));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
