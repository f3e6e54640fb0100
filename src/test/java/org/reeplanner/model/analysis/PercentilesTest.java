package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentilesTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 101, 1000, 4321})
    void selectionGivesTheSamePercentilesAsSortingAndInterpolating(int n) {
        Random random = new Random(n);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(5) == 0 ? 3f : (float) random.nextGaussian();
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] qs = {0.1, 0.5, 0.9};
        double[] out = new double[3];
        Percentiles.of(values, n, qs, out);
        for (int j = 0; j < qs.length; j++) {
            double rank = qs[j] * (n - 1);
            int k = (int) Math.floor(rank);
            double expected = sorted[k] + (rank - k) * (sorted[Math.min(k + 1, n - 1)] - sorted[k]);
            assertThat(out[j]).as("q%.1f of %d", qs[j], n).isCloseTo(expected, within(1e-6));
        }
    }
}
