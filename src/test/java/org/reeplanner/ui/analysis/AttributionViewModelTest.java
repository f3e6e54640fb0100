package org.reeplanner.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.model.Param;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class AttributionViewModelTest {

    @ParameterizedTest
    @CsvSource({"seed-baseline, selfsufficiency.allied, 2030", "accelerated-allied, share.china.separation, 2032",
        "accelerated-allied, cost.allied.usdPerKg, 2040", "export-ban-stress, spend.cumulative.usdBn, 2030"})
    void theWaterfallsPartsAddUpFromBaselineToScenario(String scenario, String series, int year) {
        ScenarioSession session = Shipped.session(scenario);
        AttributionViewModel vm = new AttributionViewModel(session, new YearCursor(year, 2025, 2040),
                new StudyRunner(BackgroundTasks.sameThread()), Shipped.DATA.parameters().baseValues());
        vm.seriesProperty().set(series);
        vm.setActive(true);

        List<WaterfallStep> steps = vm.pictureProperty().get().steps();
        WaterfallStep first = steps.get(0);
        WaterfallStep last = steps.get(steps.size() - 1);
        assertThat(first.kind()).isEqualTo(WaterfallStep.Kind.TOTAL);
        assertThat(last.kind()).isEqualTo(WaterfallStep.Kind.TOTAL);
        double sum = first.to() + steps.subList(1, steps.size() - 1).stream().mapToDouble(WaterfallStep::change).sum();
        assertThat(sum).isCloseTo(last.to(), within(1e-9 * Math.max(1, Math.abs(last.to()))));
        for (int i = 1; i < steps.size() - 1; i++) {
            assertThat(steps.get(i).from()).as("each part starts where the one before ended")
                    .isCloseTo(steps.get(i - 1).to(), within(1e-9 * Math.max(1, Math.abs(last.to()))));
        }
        assertThat(steps.get(steps.size() - 2).label()).isEqualTo("Changed assumptions");
        assertThat(vm.pictureProperty().get().title()).contains(" in " + year + " comes from: ");
    }

    @Test
    void changedAssumptionsHaveTheirOwnColumn() {
        ScenarioSession session = Shipped.session("seed-baseline");
        session.setScenario(session.scenario().withAssumption(Param.CHINA_SEPARATION_GROWTH, 0.05));
        AttributionViewModel vm = new AttributionViewModel(session, new YearCursor(2030, 2025, 2040),
                new StudyRunner(BackgroundTasks.sameThread()), Shipped.DATA.parameters().baseValues());
        vm.setActive(true);

        List<WaterfallStep> steps = vm.pictureProperty().get().steps();
        WaterfallStep assumptions = steps.get(steps.size() - 2);
        assertThat(assumptions.change()).as("faster Chinese growth raises its share").isPositive();
        assertThat(assumptions.kind()).isEqualTo(WaterfallStep.Kind.WORSE);
        assertThat(steps.get(steps.size() - 1).text()).isEqualTo(StudySeries.byId("share.china.separation").scale()
                .preciseText(
                Shipped.MODEL.withAssumptionsOf(session.scenario()).run(session.scenario())
                        .value(Series.SHARE_CHINA_SEPARATION, 2030)));
    }

    @ParameterizedTest
    @CsvSource({"accelerated-allied, share.china.separation, 2032"})
    void leversAreNamedLargestFirstAndColouredByWhetherTheyImproveTheResult(String scenario, String series,
                                                                            int year) {
        ScenarioSession session = Shipped.session(scenario);
        AttributionViewModel vm = new AttributionViewModel(session, new YearCursor(year, 2025, 2040),
                new StudyRunner(BackgroundTasks.sameThread()), Shipped.DATA.parameters().baseValues());
        vm.seriesProperty().set(series);
        vm.setActive(true);

        List<WaterfallStep> levers = vm.pictureProperty().get().steps().subList(1,
                vm.pictureProperty().get().steps().size() - 2);
        assertThat(levers).isNotEmpty();
        assertThat(levers).extracting(s -> Math.abs(s.change())).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(levers.get(0).kind()).isEqualTo(WaterfallStep.Kind.BETTER);
        assertThat(levers.get(0).text()).endsWith(" pp").startsWith("\u2212");
    }
}
