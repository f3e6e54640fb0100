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

    @ParameterizedTest
    @CsvSource({"1170, false, 6, false", "1169, false, 6, true", "592, false, 6, true", "591, false, 3, true",
            "1400, true, 6, true"})
    void cardsBecomeACompactStripBeforeTheyWrapAndAlwaysInPresentations(double width, boolean presenting,
                                                                        int columns, boolean compact) {
        assertThat(KpiCardsView.layoutFor(width, 6, 1, presenting)).isEqualTo(new KpiCardsView.Layout(columns,
                compact));
    }
}
