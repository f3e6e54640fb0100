package org.reeplanner.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures {@code bench} reports, with the machine they were measured on; null where not measurable here. */
final class BenchFigures {
    double modelRunMicros;
    double monteCarlo10kMillis;
    int monteCarloRuns;
    boolean monteCarloScaled;
    Double xlsxExportMillis;
    Double startupMillis;
    String startupNote;

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelRunMicros", modelRunMicros);
        m.put("monteCarlo10kMillis", monteCarlo10kMillis);
        m.put("monteCarloRuns", monteCarloRuns);
        m.put("monteCarloScaled", monteCarloScaled);
        m.put("xlsxExportMillis", xlsxExportMillis);
        m.put("startupMillis", startupMillis);
        m.put("startupNote", startupNote);
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }

    static double median(double[] samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Keeps the JIT from discarding measured work. */
    static void blackhole(double value) {
        if (value == 42.4242) {
            System.out.print("");
        }
    }
}
