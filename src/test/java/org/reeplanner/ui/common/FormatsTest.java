package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @Nested
    class Values {
        @ParameterizedTest
        @CsvSource({"0.8639, 86%", "0.305, 31%", "0, 0%", "1, 100%"})
        void percentRoundsToWholePercent(double fraction, String text) {
            assertThat(Formats.percent(fraction)).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource({"3557.9, 3.6 kt", "12400, 12.4 kt", "930.2, 930 t", "999.7, 1.0 kt", "0, 0 t",
                    "2500000, 2.5 Mt"})
        void tonnesScaleToReadableUnits(double tonnes, String text) {
            assertThat(Formats.tonnes(tonnes)).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource({"3.5, 3.5", "12, 12", "0.4999999999, 0.5", "4.125, 4.125", "0, 0", "1e-9, 0", "100, 100"})
        void plainNumbersReadAsTyped(double value, String text) {
            assertThat(Formats.plain(value)).isEqualTo(text);
        }

        @Test
        void tonnesOfAMaterialDaysAndMultipliersCarryTheirUnits() {
            assertThat(Formats.tonnesOf(35550, "REO")).isEqualTo("35.6 kt REO");
            assertThat(Formats.tonnesOf(750, "NdFeB")).isEqualTo("750 t NdFeB");
            assertThat(Formats.days(6.46)).isEqualTo("6.5 days");
            assertThat(Formats.days(54.3)).isEqualTo("54 days");
            assertThat(Formats.multiplier(2.5)).isEqualTo("2.5×");
        }

        @Test
        void moneyShowsDollarsAndUnit() {
            assertThat(Formats.usdBn(5.4999999)).isEqualTo("$5.5 bn");
            assertThat(Formats.usdPerKg(24.06)).isEqualTo("$24.1/kg");
            assertThat(Formats.usdBn(1234.5)).isEqualTo("$1,234.5 bn");
        }

        @Test
        void indexHasTwoDecimals() {
            assertThat(Formats.index(0.7632)).isEqualTo("0.76");
        }

        @Test
        void millisKeepSmallRunTimesVisible() {
            assertThat(Formats.millis(0.0213)).isEqualTo("0.02 ms");
            assertThat(Formats.millis(12.3)).isEqualTo("12 ms");
        }
    }

    @Nested
    class Changes {
        @ParameterizedTest
        @CsvSource({"-0.017, −1.7 pp", "0.0137, +1.4 pp", "0, 0.0 pp", "-0.0001, 0.0 pp"})
        void pointsChangeHasTrueMinusAndNoNegativeZero(double delta, String text) {
            assertThat(Formats.pointsChange(delta)).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource({"-4.7, −$4.7/kg", "4.7, +$4.7/kg", "0.01, $0.0/kg"})
        void usdPerKgChangePutsTheSignBeforeTheDollar(double delta, String text) {
            assertThat(Formats.usdPerKgChange(delta)).isEqualTo(text);
        }

        @Test
        void usdBnChangeIsSigned() {
            assertThat(Formats.usdBnChange(5.5)).isEqualTo("+$5.5 bn");
            assertThat(Formats.usdBnChange(-0.25)).isEqualTo("−$0.3 bn");
        }

        @ParameterizedTest
        @CsvSource({"-92.7, −93 t", "1500, +1.5 kt", "-2500000, −2.5 Mt"})
        void tonnesChangeIsSignedAndScaled(double delta, String text) {
            assertThat(Formats.tonnesChange(delta)).isEqualTo(text);
        }

        @Test
        void indexChangeHasThreeDecimals() {
            assertThat(Formats.indexChange(-0.0056)).isEqualTo("−0.006");
        }
    }
}
