package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final MainViewModel vm = new MainViewModel(Shipped.session("seed-baseline"));

    @Test
    void windowTitleNamesTheAppAndTheScenario() {
        assertThat(vm.windowTitle().getValue()).isEqualTo("Rare Earth Resilience Planner — Seed baseline");
        assertThat(vm.scenarioName().getValue()).isEqualTo("Seed baseline");
    }

    @Test
    void headlineFollowsTheTargetYear() {
        assertThat(vm.headline().getValue()).isEqualTo("Key results for 2030");
        vm.kpis().targetYearProperty().set(2035);
        assertThat(vm.headline().getValue()).isEqualTo("Key results for 2035");
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
