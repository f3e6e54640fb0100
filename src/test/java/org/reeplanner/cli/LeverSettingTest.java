package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class LeverSettingTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"mining=3.5;mining;3.5", "rnd=0;rnd;0", "trade=100;trade;100",
        "trade=1e1;trade;10", " stockpile = .5 ;stockpile;0.5", "recycling=+2.;recycling;2", "mining=-0;mining;0"})
    void readsPlainDecimalAmounts(String text, String id, double usdBn) {
        LeverSetting s = LeverSetting.parse(text);

        assertThat(s.leverId()).isEqualTo(id);
        assertThat(s.usdBn()).isEqualTo(usdBn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mining", "=1", "mining=", "mining=1e999", "mining=-0.01", "mining=100.0001",
        "mining=NaN", "mining=-Infinity", "mining=0x1p3", "mining=2f", "mining=1 000"})
    void refusesAnythingElseWithAReadableReason(String text) {
        assertThatThrownBy(() -> LeverSetting.parse(text)).isInstanceOf(TypeConversionException.class)
                .message().doesNotContain("Exception").isNotBlank();
    }
}
