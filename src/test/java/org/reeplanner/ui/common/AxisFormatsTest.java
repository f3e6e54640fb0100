package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisFormatsTest {

    @Test
    void yearsHaveNoThousandsSeparator() {
        assertThat(AxisFormats.year().toString(2025.0)).isEqualTo("2025");
        assertThat(AxisFormats.year().toString(2030)).isEqualTo("2030");
    }

    @Test
    void wholeNumbersDropTheDecimals() {
        assertThat(AxisFormats.wholeNumber().toString(40.0)).isEqualTo("40");
        assertThat(AxisFormats.wholeNumber().toString(null)).isEmpty();
    }

    @Test
    void tickLabelsReadBack() {
        assertThat(AxisFormats.year().fromString("2035").intValue()).isEqualTo(2035);
    }
}
