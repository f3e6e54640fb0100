package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisRangeTest {

    @ParameterizedTest
    @CsvSource({"0.07, 0.1", "0.3, 0.5", "1.1, 2", "2.2, 2.5", "4, 5", "7, 10", "120, 200", "0.2, 0.2"})
    void stepsAreRoundNumbers(double rough, double step) {
        assertThat(AxisRange.niceStep(rough)).isEqualTo(step, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void growsToARoundBoundWhenDataLeavesIt() {
        AxisRange range = AxisRange.fitting();

        assertThat(range.fit(730)).isTrue();

        assertThat(range.upper()).isEqualTo(800);
        assertThat(range.tick()).isEqualTo(200);
        assertThat(range.upper()).isGreaterThanOrEqualTo(730 * 1.05);
    }

    @Test
    void staysPutWhileDataMovesInside() {
        AxisRange range = AxisRange.fitting();
        range.fit(730);

        assertThat(range.fit(760)).isFalse();
        assertThat(range.fit(400)).isFalse();
        assertThat(range.upper()).isEqualTo(800);
    }

    @Test
    void shrinksOnlyWhenDataFallsWellBelow() {
        AxisRange range = AxisRange.fitting();
        range.fit(730);

        assertThat(range.fit(300)).isTrue();
        assertThat(range.upper()).isEqualTo(400);
    }

    @Test
    void emptyDataKeepsAUnitRange() {
        AxisRange range = AxisRange.fitting();
        range.fit(50);

        assertThat(range.fit(0)).isTrue();
        assertThat(range.upper()).isEqualTo(1);
        assertThat(range.fit(0)).isFalse();
    }

    @Test
    void aFixedRangeNeverMoves() {
        AxisRange range = AxisRange.fixed(100, 20);
        assertThat(range.fit(250)).isFalse();
        assertThat(range.upper()).isEqualTo(100);
        assertThat(range.tick()).isEqualTo(20);
    }

    @Test
    void aZoomedRangeHugsItsDataWithRoundBoundsAndIgnoresFit() {
        AxisRange range = AxisRange.zoomed();
        range.zoomTo(84.2, 89.7);

        assertThat(range.lowerProperty().get()).isLessThanOrEqualTo(84.2).isGreaterThan(80);
        assertThat(range.upper()).isGreaterThanOrEqualTo(89.7).isLessThan(95);
        assertThat(range.lowerProperty().get() / range.tick()).isEqualTo(Math.rint(range.lowerProperty().get()
                / range.tick()));
        assertThat(range.fit(500)).isFalse();

        range.zoomTo(0.2, 0.3);
        assertThat(range.lowerProperty().get()).isGreaterThanOrEqualTo(0);
    }
}
