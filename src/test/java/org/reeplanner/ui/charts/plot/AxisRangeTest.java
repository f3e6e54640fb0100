package org.reeplanner.ui.charts.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reeplanner.io.report.NiceSteps;

class AxisRangeTest {

    @Test
    void theWindowAndTheExportedPicturesPickTheSameTicksForTheSameData() {
        Random random = new Random(22);
        for (int i = 0; i < 500; i++) {
            // Tonnes in the model, kilotonnes on screen: the PNG works in model units, the window in display units.
            // Above 1 kt, so that the fresh 0–1 range is fitted (inside it the window keeps its range on purpose).
            double max = Math.pow(10, 3.05 + 5 * random.nextDouble());
            AxisRange screen = AxisRange.fitting();
            screen.fit(max / 1000);
            NiceSteps png = NiceSteps.forAxis(0, max, null, null, true);
            assertThat(screen.tick()).isCloseTo(png.step() / 1000, within(1e-9 * png.step()));
            assertThat(screen.upper()).isCloseTo(png.upper() / 1000, within(1e-9 * png.upper()));

            double min = max * random.nextDouble();
            AxisRange fan = AxisRange.zoomed();
            fan.zoomTo(min * 100, max * 100);
            NiceSteps zoomed = NiceSteps.forAxis(min, max, null, null, false);
            assertThat(fan.tick()).isCloseTo(zoomed.step() * 100, within(1e-9 * zoomed.step() * 100));
            assertThat(fan.lowerProperty().get()).isCloseTo(zoomed.lower() * 100, within(1e-9 * max * 100));
            assertThat(fan.upper()).isCloseTo(zoomed.upper() * 100, within(1e-9 * max * 100));
        }
    }

    @Test
    void aFixedShareAxisHasTheSameTicksAsThePicturesPercentAxis() {
        NiceSteps png = NiceSteps.forAxis(0.2, 0.9, 0.0, 1.0, true);
        AxisRange screen = AxisRange.fixed(100, 20);
        assertThat(png.step() * 100).isCloseTo(screen.tick(), within(1e-9));
        assertThat(png.upper() * 100).isCloseTo(screen.upper(), within(1e-9));
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
