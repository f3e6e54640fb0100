package org.reeplanner.ui.assumptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.io.FactSheet;
import org.reeplanner.model.Param;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.reeplanner.ui.scenarios.ScenarioSession;

class AssumptionsViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final ScenarioDocument document = new ScenarioDocument(session, null);
    private final AssumptionsViewModel vm = new AssumptionsViewModel(session, FactSheet.readShipped());
    private final AssumptionRowViewModel growth = vm.row(Param.CHINA_SEPARATION_GROWTH);

    @Test
    void listsEveryParameterWithItsDefaultRangeAndSource() {
        assertThat(vm.rows()).hasSize(Param.values().length);
        assertThat(growth.label()).isEqualTo(Shipped.DATA.parameters().spec(Param.CHINA_SEPARATION_GROWTH).label());
        assertThat(growth.valueTextProperty().get()).isEqualTo("0.025");
        assertThat(growth.rangeText()).isEqualTo("0.015 \u2013 0.045");
        assertThat(growth.sourceSummary()).startsWith("C12 \u00b7 China 2024 quotas");
        assertThat(growth.sourceDetail()).contains("Source: fact C12").contains("mining.com");
        assertThat(vm.row(Param.CHINA_MINING_2025).valueTextProperty().get()).isEqualTo("270,000");
        assertThat(vm.row(Param.ALLIED_DEMAND_SHARE).sourceId()).isEqualTo("assumption");
        assertThat(vm.summary().getValue()).isEqualTo("default");
    }

    @Test
    void anEditChangesTheScenarioTheResultsAndIsOneUndoStep() {
        double before = session.result().scenario().value(Series.SHARE_CHINA_SEPARATION, 2035);

        assertThat(vm.edit(growth, "0.01")).isTrue();

        assertThat(session.scenario().assumptions()).containsEntry(Param.CHINA_SEPARATION_GROWTH, 0.01);
        assertThat(session.result().scenario().value(Series.SHARE_CHINA_SEPARATION, 2035)).isLessThan(before);
        assertThat(growth.changedProperty().get()).isTrue();
        assertThat(growth.warningProperty().get()).startsWith("Outside the sourced range");
        assertThat(vm.summary().getValue()).isEqualTo("changed (1)");
        document.undo();
        assertThat(session.scenario().assumptions()).isEmpty();
        assertThat(growth.valueTextProperty().get()).isEqualTo("0.025");
        assertThat(session.result().scenario().value(Series.SHARE_CHINA_SEPARATION, 2035)).isEqualTo(before);
        document.redo();
        assertThat(vm.changedCountProperty().get()).isEqualTo(1);
    }

    @Test
    void valuesWithinTheSourcedRangeAreNotWarnedAbout() {
        vm.edit(growth, "4.5%");
        assertThat(session.scenario().assumptions()).containsEntry(Param.CHINA_SEPARATION_GROWTH, 0.045);
        assertThat(growth.warningProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"abc; is not a number", "0.9; outside the allowed range -0.5 to 0.5 1/yr",
        "'';is not a number", "NaN; is not a number", "1e999; is not a number"})
    void badTextIsRefusedWithTheReasonAndChangesNothing(String text, String reason) {
        assertThat(vm.edit(growth, text)).isFalse();
        assertThat(growth.errorProperty().get()).contains(reason);
        assertThat(session.scenario().assumptions()).isEmpty();
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void typingTheDefaultOrResettingRemovesTheChange() {
        vm.edit(growth, "0.02");
        vm.edit(growth, "0.025");
        assertThat(session.scenario().assumptions()).isEmpty();
        vm.edit(growth, "0.02");
        vm.edit(vm.row(Param.ALLIED_DEMAND_SHARE), "0.2");
        vm.reset(growth);
        assertThat(session.scenario().assumptions()).containsOnlyKeys(Param.ALLIED_DEMAND_SHARE);
        vm.resetAll();
        assertThat(session.scenario().assumptions()).isEmpty();
        assertThat(vm.summary().getValue()).isEqualTo("default");
    }

    @Test
    void theFilterMatchesLabelKeyAndSource() {
        vm.filterProperty().set("stockpile");
        assertThat(vm.shownRows()).extracting(AssumptionRowViewModel::key)
                .contains("stockpile.t2025", "stockpile.basketPrice", "risk.weightStockpile");
        vm.filterProperty().set("C12");
        assertThat(vm.shownRows()).extracting(AssumptionRowViewModel::key).contains("china.separation.growth");
        vm.filterProperty().set("");
        assertThat(vm.shownRows()).hasSize(Param.values().length);
    }

    @Test
    void followsAScenarioOpenedWithAssumptions() {
        session.setScenario(session.scenario().withAssumption(Param.STOCKPILE_PRICE, 150));
        assertThat(vm.row(Param.STOCKPILE_PRICE).valueTextProperty().get()).isEqualTo("150");
        assertThat(vm.changedCountProperty().get()).isEqualTo(1);
    }
}
