package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class OreFlowViewModelTest {
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);

    private static double routed(OreFlowViewModel vm) {
        return vm.bands().stream().mapToDouble(OreFlowBand::tonnes).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-baseline", "no-new-investment", "accelerated-allied", "export-ban-stress"})
    void theFourRoutesAddUpToAlliedMineOutputInEveryYear(String stem) {
        ScenarioSession session = Shipped.session(stem);
        OreFlowViewModel vm = new OreFlowViewModel(session.resultProperty(), cursor);
        Projection run = session.result().scenario();

        for (int year = 2025; year <= 2040; year++) {
            cursor.moveTo(year);

            double mined = run.value(Series.MINING_ALLIED, year);
            assertThat(vm.totalProperty().get()).isEqualTo(mined);
            assertThat(routed(vm)).as("%s %d", stem, year).isCloseTo(mined, within(1e-6 * mined));
            assertThat(vm.bands().stream().mapToDouble(OreFlowBand::share).sum()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void followsTheYearCursorWithTitleTonnesAndTheNoNewInvestmentFigures() {
        ScenarioSession session = Shipped.session("seed-baseline");
        OreFlowViewModel vm = new OreFlowViewModel(session.resultProperty(), cursor);

        cursor.moveTo(2035);

        Projection run = session.result().scenario();
        Projection base = session.result().baseline();
        OreFlowBand stock = vm.band(OreRoute.STOCKPILED);
        assertThat(vm.titleProperty().get()).isEqualTo("Where allied ore goes in 2035");
        assertThat(vm.yearProperty().get()).isEqualTo(2035);
        assertThat(stock.tonnes()).isEqualTo(run.value(Series.ORE_ALLIED_STOCKPILED, 2035));
        assertThat(stock.valueProperty().get()).endsWith(Math.round(100 * stock.share()) + "%").contains("kt REO");
        double baseShare = base.value(Series.ORE_ALLIED_STOCKPILED, 2035) / base.value(Series.MINING_ALLIED, 2035);
        assertThat(stock.baselineProperty().get()).startsWith("vs ")
                .endsWith(Math.round(100 * baseShare) + "%");
        assertThat(vm.band(OreRoute.SOLD_TO_CHINA).name()).isEqualTo("Sold to China");
    }

    @Test
    void followsTheLeversAndCatchesUpWhenShownAgain() {
        ScenarioSession session = Shipped.session("seed-baseline");
        OreFlowViewModel vm = new OreFlowViewModel(session.resultProperty(), cursor);
        double before = vm.totalProperty().get();

        vm.setActive(false);
        session.setScenario(session.scenario().withInvestment("mining", 8));
        assertThat(vm.totalProperty().get()).as("hidden: no work").isEqualTo(before);
        vm.setActive(true);

        double mined = session.result().scenario().value(Series.MINING_ALLIED, 2030);
        assertThat(mined).isGreaterThan(before);
        assertThat(vm.totalProperty().get()).isEqualTo(mined);
        assertThat(routed(vm)).isCloseTo(mined, within(1e-6 * mined));
    }
}
