package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentilesTest {
    private static final double[] QS = {0.1, 0.5, 0.9};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 101, 511, 512, 1000, 4321, 10_000})
    void selectionGivesExactlyThePercentilesOfSortingAndInterpolating(int n) {
        Random random = new Random(n);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(5) == 0 ? 3f : (float) random.nextGaussian();
        }
        assertThat(percentiles(values, QS)).containsExactly(bySorting(values, QS));
    }

    @Test
    void samplesOfEveryShapeGiveExactlyWhatSortingGives() {
        Random random = new Random(20261203);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(3000);
            int shape = trial % 6;
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (shape) {
                    case 0 -> (float) random.nextGaussian();
                    case 1 -> (float) Math.exp(6 * random.nextGaussian());
                    case 2 -> random.nextInt(4) - 1.5f;
                    case 3 -> 0.7f + 1e-6f * random.nextInt(3);
                    case 4 -> random.nextInt(100) == 0 ? 1e30f : random.nextFloat();
                    default -> (float) (-1e-3 * random.nextDouble());
                };
            }
            double[] qs = {random.nextDouble() * 0.3, 0.5, 0.7 + random.nextDouble() * 0.3};
            assertThat(percentiles(values, qs)).as("trial %d, shape %d, n %d", trial, shape, n)
                    .containsExactly(bySorting(values, qs));
        }
    }

    @Test
    void aSampleOfOneRepeatedValueHasThatValueAtEveryPercentile() {
        float[] values = new float[5000];
        Arrays.fill(values, 42.5f);
        assertThat(percentiles(values, QS)).containsExactly(42.5, 42.5, 42.5);
    }

    @Test
    void aSampleHoldingInfinitiesStillGivesTheSortedPercentiles() {
        Random random = new Random(3);
        float[] values = new float[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        values[7] = Float.POSITIVE_INFINITY;
        values[900] = Float.NEGATIVE_INFINITY;
        assertThat(percentiles(values, QS)).containsExactly(bySorting(values, QS));
    }

    @Test
    void oneInstanceReusedAcrossSamplesOfDifferentSizesGivesTheSameAsAFreshOne() {
        Percentiles reused = new Percentiles();
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            int n = 500 + random.nextInt(6000);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = (float) (random.nextGaussian() * (1 + trial));
            }
            double[] expected = bySorting(values, QS);
            double[] out = new double[QS.length];
            reused.compute(values, n, QS, out);
            assertThat(out).as("trial %d", trial).containsExactly(expected);
        }
    }

    private static double[] percentiles(float[] values, double[] qs) {
        double[] out = new double[qs.length];
        Percentiles.of(values.clone(), values.length, qs, out);
        return out;
    }

    private static double[] bySorting(float[] values, double[] qs) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] out = new double[qs.length];
        for (int j = 0; j < qs.length; j++) {
            double rank = qs[j] * (n - 1);
            int k = (int) Math.floor(rank);
            double lower = sorted[k];
            double upper = k + 1 < n && rank > k ? sorted[k + 1] : lower;
            out[j] = lower + (rank - k) * (upper - lower);
        }
        return out;
    }
}
