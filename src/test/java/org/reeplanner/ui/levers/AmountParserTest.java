package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {
    private static final double MAX = 12;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3.5 | 3.5", "' 12 ' | 12", ".25 | 0.25", "0 | 0", "+2 | 2", "3. | 3",
        "0.001 | 0.001"})
    void acceptsPlainDecimalsWithADotFromZeroToTheLeversMaximum(String text, double value) {
        AmountParser.Result r = AmountParser.parse(text, MAX);
        assertThat(r.isOk()).isTrue();
        assertThat(r.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''        | Enter an amount in USD bn, from 0 to 12.",
        "'   '     | Enter an amount in USD bn, from 0 to 12.",
        "3,5       | Use a dot for decimals, e.g. 3.5.",
        "1,000     | Use a dot for decimals, e.g. 3.5.",
        "-1        | The amount cannot be negative; enter from 0 to 12.",
        "\u22122.5 | The amount cannot be negative; enter from 0 to 12.",
        "12.01     | At most 12 USD bn for this lever.",
        "1000      | At most 12 USD bn for this lever.",
        "NaN       | \u201cNaN\u201d is not a number; enter USD bn from 0 to 12.",
        "Infinity  | \u201cInfinity\u201d is not a number; enter USD bn from 0 to 12.",
        "abc       | \u201cabc\u201d is not a number; enter USD bn from 0 to 12."})
    void refusesOtherTextWithASentenceSayingWhatToType(String text, String message) {
        AmountParser.Result r = AmountParser.parse(text, MAX);
        assertThat(r.isOk()).isFalse();
        assertThat(r.error()).isEqualTo(message);
        assertThat(r.value()).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "0x10", "3.5bn", "$3", "3..5", "1 000"})
    void refusesNumbersWrittenInOtherNotations(String text) {
        assertThat(AmountParser.parse(text, MAX).isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a very long piece of text that was pasted"})
    void shortensLongTextInTheMessage(String text) {
        assertThat(AmountParser.parse(text, MAX).error()).startsWith("\u201ca very long\u2026\u201d");
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.6, At most 0.5 USD bn for this lever."})
    void theMaximumIsTheLeversOwn(double max, String text, String message) {
        assertThat(AmountParser.parse(text, max).error()).isEqualTo(message);
    }
}
