package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearCursorTest {
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);

    @ParameterizedTest
    @CsvSource({"2033, 2033", "2010, 2025", "2060, 2040"})
    void staysWithinTheHorizon(int target, int expected) {
        cursor.moveTo(target);
        assertThat(cursor.year()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2031.4, 2031", "2031.6, 2032", "NaN, 2030"})
    void snapsAPositionOnTheTimeAxisToTheNearestYear(double position, int expected) {
        cursor.moveTo(position);
        assertThat(cursor.year()).isEqualTo(expected);
    }

    @Test
    void aShorterHorizonPullsTheCursorInAndListsItsYears() {
        cursor.moveTo(2039);
        cursor.setHorizon(2025, 2035);

        assertThat(cursor.year()).isEqualTo(2035);
        assertThat(cursor.years()).hasSize(11).startsWith(2025).endsWith(2035);
        assertThat(cursor.lastProperty().get()).isEqualTo(2035);
    }

    @Test
    void anEmptyHorizonIsRefused() {
        assertThatThrownBy(() -> cursor.setHorizon(2030, 2029)).isInstanceOf(IllegalArgumentException.class);
    }
}
