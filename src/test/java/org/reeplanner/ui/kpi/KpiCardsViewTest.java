package org.reeplanner.ui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiCardsViewTest {

    @ParameterizedTest
    @CsvSource({"1232, 6", "1170, 6", "1169, 3", "912, 3", "579, 3", "578, 1"})
    void cardsWrapIntoTwoRowsBeforeTheirTextsWouldBeCut(double width, int columns) {
        assertThat(KpiCardsView.columnsFor(width, 6)).isEqualTo(columns);
    }
}
