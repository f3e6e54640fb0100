package org.reeplanner.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.model.Unit;

class CellFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "270000.4   | TONNES_REO   | 270,000",
        "17560      | TONNES_NDFEB | 17,560",
        "0.86391    | FRACTION     | 86.4%",
        "7890.2     | HHI          | 7,890",
        "0.7632     | INDEX        | 0.763",
        "1.1        | USD_BN       | 1.10",
        "24.056     | USD_PER_KG   | 24.06",
        "6.46       | DAYS         | 6.5",
        "2.5        | MULTIPLIER   | 2.50×",
        "-0.0001    | USD_BN       | 0.00",
        "-1234.5    | USD_BN       | −1,234.50",
        "NaN        | USD_BN       | –"})
    void showsEachUnitTheWayPeopleReadIt(double value, Unit unit, String text) {
        assertThat(CellFormats.cell(value, unit)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"FRACTION, %", "TONNES_REO, t REO", "USD_PER_KG, USD/kg"})
    void fractionsAreLabelledAsPercent(Unit unit, String label) {
        assertThat(CellFormats.unitLabel(unit)).isEqualTo(label);
    }
}
