package org.reeplanner.ui.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class SeedPromisesViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);
    private final SeedPromisesViewModel vm = new SeedPromisesViewModel(session.resultProperty(), cursor);

    @Test
    void theSeedBaselineKeepsTheThreePromisesIn2035WithinTheCalibrationTolerance() {
        cursor.moveTo(SeedPromise.YEAR);

        assertThat(vm.titleProperty().get()).isEqualTo("Seed promises for 2035, in 2035:");
        for (SeedPromise p : SeedPromise.values()) {
            SeedPromisesViewModel.Item item = vm.item(p);
            assertThat(item.actualProperty().get()).as(p.name()).isCloseTo(p.promised(), within(p.tolerance()));
            assertThat(item.keptProperty().get()).as(p.name()).isTrue();
        }
        assertThat(vm.item(SeedPromise.MINING).textProperty().get()).matches("Mine output \\+(38|39|40|41|42)% "
                + "\\(promised \\+40%\\)");
        assertThat(vm.item(SeedPromise.PROCESSING_COST).textProperty().get())
                .matches("Processing cost \u2212(23|24|25|26|27)% \\(promised \u221225%\\)");
        assertThat(vm.item(SeedPromise.RECOVERY).textProperty().get()).matches("Recovery rate (14|15|16)% "
                + "\\(promised 15%\\)");
    }

    @Test
    void followsTheTargetYear() {
        cursor.moveTo(2027);

        assertThat(vm.titleProperty().get()).isEqualTo("Seed promises for 2035, in 2027:");
        assertThat(vm.item(SeedPromise.RECOVERY).actualProperty().get()).isLessThan(0.15 - 0.01);
        assertThat(vm.item(SeedPromise.RECOVERY).keptProperty().get()).isFalse();
    }

    @Test
    void followsTheLevers() {
        cursor.moveTo(SeedPromise.YEAR);

        session.setScenario(session.scenario().withInvestment("mining", 0).withInvestment("rnd", 0));

        assertThat(vm.item(SeedPromise.MINING).actualProperty().get()).isCloseTo(0, within(1e-9));
        assertThat(vm.item(SeedPromise.MINING).textProperty().get()).isEqualTo("Mine output 0% (promised +40%)");
        assertThat(vm.item(SeedPromise.MINING).keptProperty().get()).isFalse();
        assertThat(vm.item(SeedPromise.PROCESSING_COST).keptProperty().get()).isFalse();
        assertThat(vm.item(SeedPromise.RECOVERY).keptProperty().get()).as("recycling still funded").isTrue();
    }

    @Test
    void eachPromiseSaysWhatTheSeedPromisesInItsTooltip() {
        assertThat(vm.item(SeedPromise.PROCESSING_COST).help()).startsWith(
                "The seed promises that Technology R&D cuts allied processing cost per kg by 25% against no new "
                        + "investment by 2035.");
    }
}
