package org.reeplanner.ui.perf;

import java.util.Arrays;

/** The nearest-rank percentile of a sample. */
final class Percentile {
    private Percentile() {
    }

    static double of(double[] values, double percentile) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
