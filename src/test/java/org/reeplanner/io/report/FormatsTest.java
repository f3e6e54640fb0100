package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.model.Unit;

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
            assertThat(Formats.usdBn(5.4999999)).isEqualTo("USD 5.5 bn");
            assertThat(Formats.usdPerKg(24.06)).isEqualTo("USD 24.1/kg");
            assertThat(Formats.usdBn(1234.5)).isEqualTo("USD 1,234.5 bn");
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
        @CsvSource({"-4.7, −USD 4.7/kg", "4.7, +USD 4.7/kg", "0.01, USD 0.0/kg"})
        void usdPerKgChangePutsTheSignBeforeTheDollar(double delta, String text) {
            assertThat(Formats.usdPerKgChange(delta)).isEqualTo(text);
        }

        @Test
        void usdBnChangeIsSigned() {
            assertThat(Formats.usdBnChange(5.5)).isEqualTo("+USD 5.5 bn");
            assertThat(Formats.usdBnChange(-0.25)).isEqualTo("−USD 0.3 bn");
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

    @Nested
    class UnitForms {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "FRACTION     | 0.8639  | 86.4%", "TONNES_REO | 21300.4 | 21,300 t REO",
            "USD_BN       | 5.5     | USD 5.50 bn", "USD_PER_KG | 21.05 | USD 21.05/kg", "INDEX | 0.7953 | 0.795",
            "HHI          | 7890.2  | 7,890", "DAYS | 54.3 | 54 days", "MULTIPLIER | 2.47 | 2.47×"})
        void resultValuesCarryTheirUnit(Unit unit, double value, String text) {
            assertThat(Formats.value(unit, value)).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "FRACTION     | -0.007  | −0.7 pp", "USD_BN | 5.5 | +5.50 USD bn",
            "USD_PER_KG   | -4.72   | −4.72 USD/kg", "TONNES_REO | -453.2 | −453 t REO",
            "MULTIPLIER   | 1.5     | +1.50×", "INDEX | 0 | no change"})
        void changesHaveATrueMinusOrAPlus(Unit unit, double change, String text) {
            assertThat(Formats.change(unit, change)).isEqualTo(text);
        }

        @Test
        void noUnitFormWritesAHyphenForMinus() {
            Random random = new Random(22);
            for (int i = 0; i < 2_000; i++) {
                double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7) - 2);
                for (Unit unit : Unit.values()) {
                    assertThat(Formats.value(unit, v)).doesNotContainPattern("(?<![eE])-");
                    assertThat(Formats.change(unit, v)).doesNotContainPattern("(?<![eE])-");
                    assertThat(Formats.parameter(unit, v)).doesNotContainPattern("(?<![eE])-");
                }
            }
        }

        @Test
        void commandLineEchoesAndWholeDollars() {
            assertThat(Formats.exact(6.0)).isEqualTo("6");
            assertThat(Formats.exact(2.125)).isEqualTo("2.125");
            assertThat(Formats.usdWhole(2_110_560.4)).isEqualTo("USD 2,110,560");
        }
    }

    @Nested
    class Ticks {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1250 | 50 | 1,250", "1.5 | 0.5 | 1.5", "0.75 | 0.25 | 0.75", "-20 | 10 | −20", "-0.0 | 1 | 0"})
        void ticksShowTheDecimalsTheirStepNeeds(double value, double step, String text) {
            assertThat(Formats.tick(value, step)).isEqualTo(text);
        }

        @Test
        void thePngAxisUsesTheSameTickText() {
            assertThat(AxisFormat.TONNES.tick(-250, 50)).isEqualTo(Formats.tick(-250, 50));
            assertThat(AxisFormat.THOUSAND_TONNES.tick(12_500, 2_500)).isEqualTo("12.5");
            assertThat(AxisFormat.PERCENT.tick(0.25, 0.05)).isEqualTo("25%");
        }
    }
}
