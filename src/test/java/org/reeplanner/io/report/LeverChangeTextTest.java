package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.model.Lever;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Scenario;

/** The levers off the preset in words, as the workbook, the deck and the narrative say them. */
class LeverChangeTextTest {
    private static final Scenario SEED = ReportFixtures.scenario("seed-baseline");

    private static LeverChanges of(Scenario s) {
        return ShippedScenarios.leverChanges(s, ReportFixtures.MODEL.focusAreas());
    }

    @Test
    void namesThePresetAndOnlyWhatChangedInEachLever() {
        Scenario edited = SEED.withInvestment("processing", 2.25).withLever("rnd", new Lever(1.2, 2026, 3, 0.6));

        assertThat(LeverChangeText.summary(of(edited))).isEqualTo("2 levers changed from the preset Seed baseline "
                + "(seed-baseline): Processing facilities USD 0.0 bn → 2.25 bn; Technology R&D 2025–2029 → "
                + "2026–2028, U.S. share 50% → 60%");
        assertThat(LeverChangeText.summary(of(SEED))).isEqualTo("every lever as in the preset Seed baseline "
                + "(seed-baseline)");
        assertThat(LeverChangeText.summary(of(SEED.withPreset(null)))).isEqualTo(LeverChangeText.NOT_RECORDED);
    }

    @Test
    void theNarrativeAddsTheLeversOffThePresetOnlyWhenThereAreAny() {
        Scenario edited = SEED.withInvestment("processing", 2.0);
        int year = 2030;

        assertThat(Narrative.of(ReportFixtures.MODEL, edited, year, of(edited)))
                .startsWith(Narrative.of(ReportFixtures.MODEL, edited, year))
                .endsWith(". Against its preset Seed baseline (seed-baseline), 1 lever changed: Processing "
                        + "facilities USD 0.0 bn → 2.0 bn.");
        assertThat(Narrative.of(ReportFixtures.MODEL, SEED, year, of(SEED)))
                .isEqualTo(Narrative.of(ReportFixtures.MODEL, SEED, year));
    }
}
