package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceStepsTest {

    @ParameterizedTest
    @CsvSource({"0.07, 0.1", "0.3, 0.5", "1.1, 2", "2.2, 2.5", "4, 5", "7, 10", "120, 200", "0.2, 0.2"})
    void stepsAreRoundNumbers(double rough, double step) {
        assertThat(NiceSteps.step(rough)).isEqualTo(step, within(1e-12));
    }

    @Test
    void anAxisFromZeroEndsAtARoundBoundAboveTheDataWithHeadroom() {
        NiceSteps s = NiceSteps.fromZero(273_000);

        assertThat(s.lower()).isZero();
        assertThat(s.step()).isEqualTo(100_000);
        assertThat(s.upper()).isEqualTo(300_000);
        assertThat(s.count()).isEqualTo(4);
    }

    @Test
    void nothingAboveZeroGivesTheEmptyAxis() {
        assertThat(NiceSteps.fromZero(0)).isEqualTo(NiceSteps.EMPTY);
        assertThat(NiceSteps.forAxis(0, 0, null, null, true)).isEqualTo(NiceSteps.EMPTY);
    }

    @Test
    void overRandomDataTheTicksAreRoundAndCoverTheData() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            double scale = Math.pow(10, random.nextInt(9) - 3);
            double a = (random.nextDouble() - 0.3) * scale;
            double b = a + random.nextDouble() * scale;
            boolean fromZero = random.nextBoolean();
            NiceSteps s = NiceSteps.forAxis(a, b, null, null, fromZero);

            double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step())));
            assertThat(DoubleStream.of(1, 2, 2.5, 5, 10).anyMatch(m -> Math.abs(m - mantissa) < 1e-9))
                    .as("step %s", s.step()).isTrue();
            assertThat(s.lower()).isLessThanOrEqualTo(fromZero ? Math.min(0, a) : a);
            assertThat(s.upper()).isGreaterThanOrEqualTo(b);
            assertThat(s.lower() / s.step()).isCloseTo(Math.rint(s.lower() / s.step()), within(1e-6));
            assertThat(s.count()).isBetween(2, 12);
        }
    }

    @Test
    void aFixedRangeKeepsItsEndsAndGetsTheRulesStep() {
        NiceSteps share = NiceSteps.forAxis(0.3, 0.9, 0.0, 1.0, true);

        assertThat(share.lower()).isZero();
        assertThat(share.upper()).isEqualTo(1.0);
        assertThat(share.step()).isEqualTo(0.2, within(1e-12));
        assertThat(share.count()).isEqualTo(6);
    }

    @Test
    void aSecondAxisSharesTheFirstOnesGridLines() {
        NiceSteps first = NiceSteps.fromZero(273_000);
        NiceSteps second = first.aligned(0, 0.83);

        assertThat(second.count()).isEqualTo(first.count());
        assertThat(second.upper()).isGreaterThanOrEqualTo(0.83);
        assertThat(second.position(second.tick(2))).isCloseTo(first.position(first.tick(2)), within(1e-9));
    }

    @Test
    void studyChartsAreCoveredWithoutHeadroomAndWidenedWhenFlat() {
        NiceSteps s = NiceSteps.covering(0.62, 0.87);
        assertThat(s.lower()).isEqualTo(0.6, within(1e-12));
        assertThat(s.upper()).isEqualTo(0.9, within(1e-12));

        NiceSteps flat = NiceSteps.covering(5, 5);
        assertThat(flat.lower()).isLessThan(5);
        assertThat(flat.upper()).isGreaterThan(5);
    }
}
