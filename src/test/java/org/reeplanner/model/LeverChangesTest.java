package org.reeplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Levers off the preset: what differs between a scenario's levers and those of the preset it started from. */
class LeverChangesTest {
    private static final FocusAreaCatalog CATALOG = ShippedData.DATA.focusAreas();
    private static final Scenario SEED = ShippedData.scenario("seed-baseline");

    @Test
    void aPresetComparedWithItselfHasNoChanges() {
        for (String id : List.of("seed-baseline", "export-ban-stress", "china-controls-2025-replay")) {
            Scenario preset = ShippedData.scenario(id);
            LeverChanges c = LeverChanges.between(id, preset, preset, CATALOG);
            assertThat(c.isEmpty()).as(id).isTrue();
            assertThat(c.compared()).isTrue();
            assertThat(c.presetName()).isEqualTo(preset.name());
        }
    }

    @Test
    void eachChangedLeverIsReportedOnceWithBothLeversInCatalogueOrder() {
        Random random = new Random(21);
        for (int run = 0; run < 200; run++) {
            Scenario edited = SEED;
            Set<String> touched = new HashSet<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                FocusArea area = CATALOG.get(random.nextInt(CATALOG.size()));
                double money = SEED.lever(area.id()).investmentUsdBn() + 0.1 + random.nextInt(50) / 10.0;
                edited = edited.withInvestment(area.id(), money);
                touched.add(area.id());
            }

            LeverChanges c = LeverChanges.between("seed-baseline", SEED, edited, CATALOG);

            assertThat(c.changes()).extracting(LeverChanges.Change::focusAreaId)
                    .containsExactlyElementsOf(CATALOG.ids().stream().filter(touched::contains).toList());
            for (LeverChanges.Change change : c.changes()) {
                assertThat(change.preset()).isEqualTo(SEED.lever(change.focusAreaId()));
                assertThat(change.scenario()).isEqualTo(edited.lever(change.focusAreaId()));
                assertThat(change.amountChanged()).isTrue();
                assertThat(change.timingChanged()).isFalse();
                assertThat(change.focusAreaName()).isEqualTo(CATALOG.find(change.focusAreaId()).orElseThrow()
                        .name());
            }
        }
    }

    @Test
    void timingAndShareChangesCountButNotForALeverWithoutMoneyInBoth() {
        Scenario edited = SEED.withLever("mining", new Lever(3.5, 2027, 3, 0.5))
                .withLever("recycling", new Lever(0.8, 2025, 5, 0.7))
                .withLever("processing", new Lever(0, 2030, 2, 0.1));

        LeverChanges c = LeverChanges.between("seed-baseline", SEED, edited, CATALOG);

        assertThat(c.changes()).extracting(LeverChanges.Change::focusAreaId).containsExactly("mining", "recycling");
        assertThat(c.changes().get(0).timingChanged()).isTrue();
        assertThat(c.changes().get(0).amountChanged()).isFalse();
        assertThat(c.changes().get(1).shareChanged()).isTrue();
    }

    @Test
    void aScenarioWithoutPresetIsNotComparedAndTheWithMethodsKeepThePreset() {
        assertThat(LeverChanges.notRecorded().recorded()).isFalse();
        assertThat(LeverChanges.unknownPreset("tomorrow").compared()).isFalse();
        Scenario s = SEED.withName("mine").withInvestment("rnd", 2).withEndYear(2045)
                .withAssumption(Param.LEARNING_RATE, 0.2).withDisruption(DisruptionEvent.NONE);
        assertThat(s.preset()).isEqualTo("seed-baseline");
        assertThat(s.withoutInvestment().preset()).isEqualTo("seed-baseline");
        assertThat(s.withPreset(" ").preset()).isNull();
    }
}
