package org.reeplanner.ui.charts.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisFormatsTest {

    @Test
    void yearsHaveNoThousandsSeparator() {
        assertThat(AxisFormats.year().toString(2025.0)).isEqualTo("2025");
        assertThat(AxisFormats.year().toString(2030)).isEqualTo("2030");
    }

    @Test
    void noValueHasNoLabel() {
        assertThat(AxisFormats.forTick(10).toString(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "200  | 1200   | 1,200", "50 | 0 | 0", "0.5  | 1.5    | 1.5", "2.5 | 7.5 | 7.5", "0.25 | 0.75 | 0.75",
        "0.2  | 0.4    | 0.4", "1    | -0.0   | 0", "10 | -20 | −20"})
    void valueTicksShowTheDecimalsTheirStepNeeds(double tick, double value, String text) {
        assertThat(AxisFormats.forTick(tick).toString(value)).isEqualTo(text);
    }

    @Test
    void tickLabelsReadBack() {
        assertThat(AxisFormats.forTick(200).fromString("1,200").intValue()).isEqualTo(1200);
        assertThat(AxisFormats.forTick(200).fromString("−1,200").intValue()).isEqualTo(-1200);
        assertThat(AxisFormats.year().fromString("2035").intValue()).isEqualTo(2035);
    }
}
