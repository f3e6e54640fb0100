package org.reeplanner.model.analysis;

import java.util.Arrays;

/**
 * Percentiles by selection rather than sorting (linear time), with linear interpolation between order statistics
 * (the "R-7" definition used by spreadsheets). Deterministic: no random pivots.
 *
 * <p>Large samples are first counted into equal-width buckets between their least and greatest value; only the
 * few buckets that hold a wanted order statistic are gathered and selected in. A bucket number grows with the
 * value, so each order statistic is found exactly, the same value a sort would put at its rank. An instance holds
 * the working arrays and is for one thread at a time.
 */
final class Percentiles {
    private static final int BUCKETS = 1024;
    /** Below this many values selecting in place is as quick as counting into buckets. */
    private static final int SMALL = 512;

    private final int[] count = new int[BUCKETS];
    private final int[] region = new int[BUCKETS];
    private float[] gathered = new float[0];

    Percentiles() {
        Arrays.fill(region, -1);
    }

    /**
     * Writes the percentiles {@code qs} (ascending, each in [0, 1]) of {@code values[0..n)} into {@code out}.
     * May reorder {@code values}.
     */
    static void of(float[] values, int n, double[] qs, double[] out) {
        new Percentiles().compute(values, n, qs, out);
    }

    /** As {@link #of}, reusing this instance's working arrays. */
    void compute(float[] values, int n, double[] qs, double[] out) {
        float min = values[0];
        float max = values[0];
        double sum = 0;
        if (n >= SMALL) {
            for (int i = 0; i < n; i++) {
                float v = values[i];
                min = v < min ? v : min;
                max = v > max ? v : max;
                sum += v;
            }
        }
        int[] ranks = ranksNeeded(n, qs);
        float[] stats = new float[ranks.length];
        if (n < SMALL || !Double.isFinite(sum)) {
            orderStatisticsInPlace(values, n, ranks, stats);
        } else if (min == max) {
            Arrays.fill(stats, min);
        } else {
            orderStatistics(values, n, min, BUCKETS / (max - min), ranks, stats);
        }
        for (int j = 0, at = 0; j < qs.length; j++) {
            double rank = qs[j] * (n - 1);
            int k = (int) Math.floor(rank);
            double lower = stats[at++];
            double upper = lower;
            if (k + 1 < n && rank > k) {
                upper = stats[at++];
            }
            out[j] = lower + (rank - k) * (upper - lower);
        }
    }

    /** The order statistics interpolation needs, ascending: each quantile's rank and, between two, the next. */
    private static int[] ranksNeeded(int n, double[] qs) {
        int[] ranks = new int[2 * qs.length];
        int size = 0;
        for (double q : qs) {
            double rank = q * (n - 1);
            int k = (int) Math.floor(rank);
            ranks[size++] = k;
            if (k + 1 < n && rank > k) {
                ranks[size++] = k + 1;
            }
        }
        return Arrays.copyOf(ranks, size);
    }

    /** Fills {@code stats[i]} with the value of rank {@code ranks[i]} (ascending) among {@code values[0..n)}. */
    private void orderStatistics(float[] values, int n, float min, float scale, int[] ranks, float[] stats) {
        Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            count[bucket(values[i], min, scale)]++;
        }
        int[] bucketOf = new int[ranks.length];
        int[] before = new int[ranks.length];
        int[] starts = new int[ranks.length + 1];
        int regions = 0;
        int below = 0;
        int b = 0;
        for (int i = 0; i < ranks.length; i++) {
            while (below + count[b] <= ranks[i]) {
                below += count[b++];
            }
            bucketOf[i] = b;
            before[i] = below;
            if (region[b] < 0) {
                region[b] = regions;
                starts[regions + 1] = starts[regions] + count[b];
                regions++;
            }
        }
        if (gathered.length < starts[regions]) {
            gathered = new float[starts[regions]];
        }
        int[] fill = Arrays.copyOf(starts, regions);
        for (int i = 0; i < n; i++) {
            int r = region[bucket(values[i], min, scale)];
            if (r >= 0) {
                gathered[fill[r]++] = values[i];
            }
        }
        int[] from = Arrays.copyOf(starts, regions);
        for (int i = 0; i < ranks.length; i++) {
            int r = region[bucketOf[i]];
            int at = starts[r] + ranks[i] - before[i];
            select(gathered, from[r], starts[r + 1] - 1, at);
            stats[i] = gathered[at];
            from[r] = at;
        }
        for (int bucket : bucketOf) {
            region[bucket] = -1;
        }
    }

    /** Which bucket a value falls in: never smaller for a greater value. */
    private static int bucket(float value, float min, float scale) {
        return Math.min((int) ((value - min) * scale), BUCKETS - 1);
    }

    /**
     * As {@link #orderStatistics}, selecting among the values themselves: for small samples and for ones holding
     * (or summing to) infinity or NaN.
     */
    private static void orderStatisticsInPlace(float[] values, int n, int[] ranks, float[] stats) {
        int from = 0;
        for (int i = 0; i < ranks.length; i++) {
            select(values, from, n - 1, ranks[i]);
            stats[i] = values[ranks[i]];
            from = ranks[i];
        }
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
