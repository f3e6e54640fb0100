package org.reeplanner.model.analysis;

/**
 * Percentiles by selection rather than sorting (linear time), with linear interpolation between order statistics
 * (the "R-7" definition used by spreadsheets). Deterministic: no random pivots.
 */
final class Percentiles {
    private Percentiles() {
    }

    /**
     * Writes the percentiles {@code qs} (ascending, each in [0, 1]) of {@code values[0..n)} into {@code out}.
     * Reorders {@code values}.
     */
    static void of(float[] values, int n, double[] qs, double[] out) {
        int from = 0;
        for (int j = 0; j < qs.length; j++) {
            double rank = qs[j] * (n - 1);
            int k = (int) Math.floor(rank);
            select(values, from, n - 1, k);
            double lower = values[k];
            double upper = lower;
            if (k + 1 < n && rank > k) {
                upper = minOf(values, k + 1, n - 1);
            }
            out[j] = lower + (rank - k) * (upper - lower);
            from = k;
        }
    }

    private static float minOf(float[] a, int from, int to) {
        float m = a[from];
        for (int i = from + 1; i <= to; i++) {
            if (a[i] < m) {
                m = a[i];
            }
        }
        return m;
    }

    /** Rearranges a[lo..hi] so that a[k] holds the value it would have if sorted, smaller ones left of it. */
    static void select(float[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            float pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static float median(float x, float y, float z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
