package org.reeplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's tables and the 2025 start shares, reproduced by seed-baseline against no-new-investment. */
class CalibrationTest {
    private static Projection seed;
    private static Projection none;

    @BeforeAll
    static void run() {
        seed = ShippedData.MODEL.run(ShippedData.scenario("seed-baseline"));
        none = ShippedData.MODEL.run(ShippedData.scenario("no-new-investment"));
    }

    @Test
    void miningExpansionRaisesAlliedMineOutputFortyPercentBy2035() {
        assertThat(ratio(Series.MINING_ALLIED, 2035) - 1).isCloseTo(0.40, within(0.02));
    }

    @Test
    void miningExpansionRaisesAlliedSupplyAboutThirtyPercentAlreadyIn2026() {
        assertThat(ratio(Series.MINING_ALLIED, 2026) - 1).isCloseTo(0.30, within(0.05));
    }

    @Test
    void technologyRndCutsAlliedProcessingCostTwentyFivePercentBy2035() {
        assertThat(1 - ratio(Series.COST_ALLIED, 2035)).isCloseTo(0.25, within(0.02));
    }

    @Test
    void recyclingRecoversFifteenPercentOfEndOfLifeMaterialFrom2035On() {
        for (int year = 2035; year <= 2040; year++) {
            assertThat(seed.value(Series.RECOVERY_RATE, year)).as("recovery in %d", year)
                    .isCloseTo(0.15, within(0.01));
        }
    }

    @Test
    void startSharesMatchTheFactsFor2025() {
        assertThat(none.value(Series.SHARE_CHINA_MINING, 2025)).isCloseTo(0.69, within(0.015));
        assertThat(none.value(Series.SHARE_CHINA_SEPARATION, 2025)).isCloseTo(0.91, within(0.015));
        assertThat(none.value(Series.SHARE_CHINA_MAGNETS, 2025)).isCloseTo(0.94, within(0.015));
    }

    @Test
    void seedLeversChangeNothingIn2025ExceptTheMoney() {
        assertThat(seed.value(Series.SHARE_CHINA_SEPARATION, 2025))
                .isEqualTo(none.value(Series.SHARE_CHINA_SEPARATION, 2025));
        assertThat(seed.value(Series.SPEND_TOTAL, 2025)).isCloseTo((3.5 + 1.2 + 0.8) / 5, within(1e-12));
    }

    private static double ratio(Series s, int year) {
        return seed.value(s, year) / none.value(s, year);
    }
}
