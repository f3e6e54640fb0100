package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final MainViewModel vm = Shipped.mainViewModel("seed-baseline");

    @Test
    void windowTitleNamesTheAppAndTheScenario() {
        assertThat(vm.windowTitle().getValue()).isEqualTo("Rare Earth Resilience Planner — Seed baseline");
        assertThat(vm.scenarioName().getValue()).isEqualTo("Seed baseline");
    }

    @Test
    void theKpiCardsReportTheSharedCursorYear() {
        assertThat(vm.cursor().year()).isEqualTo(2030);
        vm.cursor().moveTo(2035);
        assertThat(vm.kpis().targetYearProperty().get()).isEqualTo(2035);
        assertThat(vm.kpis().cards().get(0).titleProperty().get()).isEqualTo("China separation share");
        assertThat(vm.kpis().card(org.reeplanner.ui.kpi.KpiCardKind.PROGRAMME_SPEND).titleProperty().get())
                .isEqualTo("Total spend to 2035 (USD bn)");
    }

    @Test
    void aShorterHorizonPullsTheCursorInside() {
        vm.session().setScenario(vm.session().scenario().withEndYear(2030));
        vm.cursor().moveTo(2045);
        assertThat(vm.cursor().year()).isEqualTo(2030);
    }

    @Test
    void aboutNamesTheVersionAndTheModelData() {
        assertThat(vm.aboutText()).startsWith("Rare Earth Resilience Planner ")
                .contains("12 focus areas").contains("parameters, each with a source");
    }

    @Test
    void statusShowsRunTimeAndAssumptions() {
        assertThat(vm.status().getValue()).matches("model run [0-9.,]+ ms · assumptions: default");
    }

    @Test
    void renamingTheScenarioRetitlesTheWindow() {
        vm.session().setScenario(vm.session().scenario().withName("Plan B"));
        assertThat(vm.windowTitle().getValue()).isEqualTo("Rare Earth Resilience Planner — Plan B");
    }
}
