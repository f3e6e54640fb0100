package org.reeplanner.ui.charts.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A saved chart picture is at least 1920×1080 whatever the panel's size on screen, and never enormous. */
class PlotImagesScaleTest {

    @ParameterizedTest
    @CsvSource({
        "1200, 700, 2",
        "640, 400, 3",
        "1100, 300, 3.6",
        "1920, 1080, 2",
        "100, 50, 8",
        "0, 0, 2",
    })
    void theScaleIsTwoOrWhatFullHdNeeds(double width, double height, double scale) {
        assertThat(PlotImages.saveScale(width, height)).isCloseTo(scale, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"1200, 700", "640, 400", "1100, 300", "960, 540", "1500, 620"})
    void thePictureReachesFullHd(double width, double height) {
        double scale = PlotImages.saveScale(width, height);

        assertThat(Math.ceil(width * scale)).isGreaterThanOrEqualTo(1920);
        assertThat(Math.ceil(height * scale)).isGreaterThanOrEqualTo(1080);
    }
}
