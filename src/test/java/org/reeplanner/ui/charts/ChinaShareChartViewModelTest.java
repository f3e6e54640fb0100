package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartPoint;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.charts.plot.LegendEntry;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class ChinaShareChartViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final ChinaShareChartViewModel vm = new ChinaShareChartViewModel(session.resultProperty(),
            new YearCursor(2030, 2025, 2040));

    @Test
    void drawsTheBaselinesFirstThenTheScenarioLines() {
        assertThat(vm.lines()).extracting(ChartLine::isGhost)
                .containsExactly(true, true, true, true, false, false, false, false);
        assertThat(vm.lines()).extracting(ChartLine::key).containsExactly("mining-baseline", "separation-baseline",
                "magnets-baseline", "heavy-baseline", "mining", "separation", "magnets", "heavy");
        assertThat(vm.lines()).filteredOn(ChartLine::isVisible).extracting(ChartLine::colourClass).containsExactly(
                "series-stage-mining", "series-stage-separation", "series-stage-magnets", "series-stage-mining",
                "series-stage-separation", "series-stage-magnets");
        assertThat(vm.scenarioLines()).extracting(ChartLine::name)
                .containsExactly("Mining", "Separation", "Magnets");
    }

    @Test
    void everyLineHasOnePercentPointPerYearOfTheHorizon() {
        assertThat(vm.firstYearProperty().get()).isEqualTo(2025);
        assertThat(vm.lastYearProperty().get()).isEqualTo(2040);
        double[] share = session.result().scenario().values(Series.chinaShare(Stage.MAGNETS));
        ChartLine magnets = vm.scenarioLines().get(Stage.MAGNETS.ordinal());

        assertThat(vm.lines()).allSatisfy(line -> assertThat(line.points()).hasSize(16));
        assertThat(magnets.points().get(0).year()).isEqualTo(2025);
        assertThat(magnets.points().get(15).value()).isCloseTo(share[15] * 100, within(1e-9));
        assertThat(vm.yRange().upper()).isEqualTo(100);
        assertThat(vm.yUpper()).isEqualTo(100);
    }

    @Test
    void aNewRunMovesThePointsInPlace() {
        ChartLine separation = vm.scenarioLines().get(Stage.SEPARATION.ordinal());
        List<ChartPoint> before = List.copyOf(separation.points());
        double share2035 = before.get(10).value();

        session.setScenario(session.scenario().withInvestment("processing", 5.0));

        assertThat(separation.points()).containsExactlyElementsOf(before);
        assertThat(before.get(10).value()).isLessThan(share2035);
    }

    @Test
    void aLongerHorizonRebuildsThePoints() {
        session.setScenario(session.scenario().withEndYear(2050));

        assertThat(vm.lastYearProperty().get()).isEqualTo(2050);
        assertThat(vm.lines()).allSatisfy(line -> assertThat(line.points()).hasSize(26));
    }

    @Test
    void theHeavySwitchShowsChinasShareOfHeavySeparationInPlaceOfTheStages() {
        double[] heavy = session.result().scenario().values(Series.SHARE_CHINA_HEAVY_SEPARATION);
        double[] heavyBaseline = session.result().baseline().values(Series.SHARE_CHINA_HEAVY_SEPARATION);

        vm.groupProperty().set(ElementGroup.HEAVY.id());

        assertThat(vm.titleProperty().get()).isEqualTo("China's share of heavy rare-earth (Dy+Tb) separation");
        assertThat(vm.lines()).filteredOn(ChartLine::isVisible).extracting(ChartLine::key)
                .containsExactly("heavy-baseline", "heavy");
        assertThat(vm.legend()).filteredOn(e -> e.availableProperty().get()).extracting(LegendEntry::key)
                .containsExactly("heavy", "baseline");
        assertThat(vm.heavyLines().get(0).points().get(0).value()).isCloseTo(100 * heavy[0], within(1e-9));
        assertThat(vm.heavyLines().get(1).points().get(5).value()).isCloseTo(100 * heavyBaseline[5], within(1e-9));
        assertThat(vm.hover(2030)).extracting(HoverRow::name).containsExactly("Heavy separation",
                "Heavy separation (no new investment)");

        vm.groupProperty().set(ElementGroup.ALL.id());
        assertThat(vm.lines()).filteredOn(ChartLine::isVisible).extracting(ChartLine::key)
                .containsExactly("mining-baseline", "separation-baseline", "magnets-baseline", "mining",
                        "separation", "magnets");
    }
}
