package org.reeplanner.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times process start → window shown for several commands launched alternately, and optionally the resident memory
 * after the app's probe Monte Carlo. Each command must print {@code ree-probe: window shown} (the app and
 * {@link BareWindow} do with {@code -Dree.startupProbe=true}). Driven by {@code src/dist/startup-bench.sh}, which
 * provides the display and the commands; see docs/performance.md.
 *
 * <pre>
 * StartupHarness [--runs N] [--warmup N] --cmd LABEL [NAME=VALUE ...] PROGRAM [ARG ...] --cmd ...
 *     start-up of each command, in rounds that alternate the order; the 1st is compared with the 2nd as a
 *     ratio of medians, the 3rd with the 4th, ...
 * StartupHarness --memory [--runs N] [--settle SECONDS] --cmd LABEL [NAME=VALUE ...] PROGRAM [ARG ...]
 *     resident memory SECONDS (default 1) after "ree-probe: monte carlo done", or after the window is shown for
 *     commands whose label ends in "-window" (no Monte Carlo, e.g. the bare window)
 * </pre>
 * NAME=VALUE words before the program are set in its environment (e.g. JAVA_TOOL_OPTIONS for the app image's
 * launcher, which takes no JVM options on its command line). Medians are reported because the machine is shared
 * and noisy.
 */
public final class StartupHarness {
    private static final String SHOWN = "ree-probe: window shown";
    private static final String MONTE_CARLO_DONE = "ree-probe: monte carlo done";
    private static final long TIMEOUT_SECONDS = 60;

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        int warmup = 1;
        int settleSeconds = 1;
        boolean memory = false;
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--memory" -> memory = true;
                case "--settle" -> settleSeconds = Integer.parseInt(args[++i]);
                case "--cmd" -> {
                    int end = i + 2;
                    while (end < args.length && !args[end].equals("--cmd")) {
                        end++;
                    }
                    commands.put(args[i + 1], List.of(args).subList(i + 2, end));
                    i = end - 1;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (commands.isEmpty() || commands.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("give each command as --cmd LABEL [NAME=VALUE ...] PROGRAM [ARG ...]");
        }
        if (memory) {
            memory(commands, runs, settleSeconds);
        } else {
            startup(commands, runs, warmup);
        }
    }

    private static void startup(Map<String, List<String>> commands, int runs, int warmup) throws Exception {
        List<String> labels = new ArrayList<>(commands.keySet());
        Map<String, double[]> samples = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        labels.forEach(l -> samples.put(l, new double[runs]));
        labels.forEach(l -> cpu.put(l, new double[runs]));
        for (int w = 0; w < warmup; w++) {
            for (String label : labels) {
                launch(commands.get(label), false, -1);
            }
        }
        for (int r = 0; r < runs; r++) {
            List<String> order = new ArrayList<>(labels);
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String label : order) {
                Result result = launch(commands.get(label), false, -1);
                samples.get(label)[r] = result.shownMillis;
                cpu.get(label)[r] = result.cpuMillis;
            }
        }
        System.out.printf(Locale.ROOT, "start-up, process start -> window shown and laid out, %d runs each "
                + "(alternating, %d warm-up):%n", runs, warmup);
        for (String label : labels) {
            double[] s = samples.get(label);
            System.out.printf(Locale.ROOT, "  %-12s median %6.0f ms   min %6.0f   max %6.0f   all %s%n", label,
                    median(s), min(s), max(s), list(s));
        }
        System.out.println("CPU time of the process (user + system, all threads) until then:");
        for (String label : labels) {
            double[] s = cpu.get(label);
            System.out.printf(Locale.ROOT, "  %-12s median %6.0f ms   min %6.0f   max %6.0f%n", label, median(s),
                    min(s), max(s));
        }
        for (int i = 0; i + 1 < labels.size(); i += 2) {
            String a = labels.get(i);
            String b = labels.get(i + 1);
            System.out.printf(Locale.ROOT, "  ratio %s / %s = %.2f (medians)%n", a, b,
                    median(samples.get(a)) / median(samples.get(b)));
        }
    }

    private static void memory(Map<String, List<String>> commands, int runs, int settleSeconds) throws Exception {
        for (Map.Entry<String, List<String>> e : commands.entrySet()) {
            double[] rss = new double[runs];
            double[] peak = new double[runs];
            double[] mcMillis = new double[runs];
            boolean monteCarlo = !e.getKey().endsWith("-window");
            for (int r = 0; r < runs; r++) {
                Result result = launch(e.getValue(), monteCarlo, settleSeconds);
                rss[r] = result.rssMb;
                peak[r] = result.peakMb;
                mcMillis[r] = result.monteCarloMillis;
            }
            System.out.printf(Locale.ROOT, "memory, %s, window shown%s, %d runs:%n", e.getKey(),
                    monteCarlo ? " + Monte Carlo kept" : "", runs);
            System.out.printf(Locale.ROOT, "  resident (VmRSS) %2d s later           median %5.0f MB  all %s%n",
                    settleSeconds, median(rss), list(rss));
            System.out.printf(Locale.ROOT, "  peak resident (VmHWM)                  median %5.0f MB  all %s%n",
                    median(peak), list(peak));
            if (monteCarlo) {
                System.out.printf(Locale.ROOT, "  Monte Carlo in the app (ms)            median %5.0f     all %s%n",
                        median(mcMillis), list(mcMillis));
            }
        }
    }

    private record Result(double shownMillis, double cpuMillis, double rssMb, double peakMb,
                          double monteCarloMillis) {
    }

    /** One launch; with {@code settleSeconds >= 0} it also reads the memory that long after the last probe line. */
    private static Result launch(List<String> command, boolean monteCarlo, int settleSeconds) throws Exception {
        boolean memory = settleSeconds >= 0;
        int program = 0;
        while (program < command.size() - 1 && command.get(program).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            program++;
        }
        ProcessBuilder builder = new ProcessBuilder(command.subList(program, command.size()))
                .redirectErrorStream(true);
        for (String assignment : command.subList(0, program)) {
            int eq = assignment.indexOf('=');
            builder.environment().put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            double shown = -1;
            double cpu = -1;
            double mc = -1;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(SHOWN)) {
                    shown = (System.nanoTime() - start) / 1e6;
                    cpu = cpuMillis(process.pid());
                    if (!memory || !monteCarlo) {
                        break;
                    }
                } else if (line.contains(MONTE_CARLO_DONE)) {
                    mc = Double.parseDouble(line.replaceAll(".*runs, (\\d+) ms.*", "$1"));
                    break;
                } else {
                    seen.add(line);
                }
            }
            if (shown < 0 || (memory && monteCarlo && mc < 0)) {
                throw new IllegalStateException("no probe line from " + command + " within " + TIMEOUT_SECONDS
                        + " s; output:\n"
                        + String.join("\n", seen));
            }
            double rss = 0;
            double peak = 0;
            if (memory) {
                Thread.sleep(settleSeconds * 1000L);
                rss = statusMb(process.pid(), "VmRSS:");
                peak = statusMb(process.pid(), "VmHWM:");
            }
            return new Result(shown, cpu, rss, peak, mc);
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            watchdog.interrupt();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** User plus system CPU time of a process so far, from /proc/PID/stat (clock ticks of 10 ms). */
    private static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    /** A size field of /proc/PID/status in MB (the kernel writes kB). */
    private static double statusMb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        throw new IllegalStateException(field + " missing from /proc/" + pid + "/status");
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static String list(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(Math.round(v));
        }
        return b.toString();
    }
}
