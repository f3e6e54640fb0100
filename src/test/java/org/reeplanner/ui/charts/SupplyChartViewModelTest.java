package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartPoint;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.charts.plot.LegendEntry;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class SupplyChartViewModelTest {
    private static final int Y2030 = 5;
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final SupplyChartViewModel vm = new SupplyChartViewModel(session.resultProperty(),
            new YearCursor(2030, 2025, 2040));

    private ChartLine line(String key) {
        return vm.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    private static double kt(Projection p, Stage stage, Region region) {
        return p.values(Series.production(stage, region))[Y2030] / 1000;
    }

    @Test
    void stacksAlliedThenRestOfWorldThenChinaInKilotonnes() {
        Projection p = session.result().scenario();
        double allied = kt(p, Stage.MINING, Region.ALLIED);
        double row = kt(p, Stage.MINING, Region.ROW);
        double china = kt(p, Stage.MINING, Region.CHINA);

        assertThat(line("allied").points().get(Y2030).value()).isCloseTo(allied, within(1e-9));
        assertThat(line("row").points().get(Y2030).value()).isCloseTo(allied + row, within(1e-9));
        assertThat(line("china").points().get(Y2030).value()).isCloseTo(allied + row + china, within(1e-9));
        assertThat(vm.lines()).extracting(ChartLine::kind).startsWith(ChartLine.Kind.STACKED,
                ChartLine.Kind.STACKED, ChartLine.Kind.STACKED);
        assertThat(vm.yRange().upper()).isGreaterThanOrEqualTo(allied + row + china);
    }

    @Test
    void dashedGhostsMarkEachBandsEdgeWithoutNewInvestment() {
        Projection b = session.result().baseline();
        assertThat(line("allied-baseline").points().get(Y2030).value())
                .isCloseTo(kt(b, Stage.MINING, Region.ALLIED), within(1e-9));
        assertThat(line("allied-baseline").value(Y2030))
                .isEqualTo(b.values(Series.MINING_ALLIED)[Y2030]);
        assertThat(line("allied-baseline").points().get(Y2030).value())
                .isLessThan(line("allied").points().get(Y2030).value());
    }

    @Test
    void onlyTheBottomBandAndTheWorldTotalGetGhostsSoNoneSitsOffItsBand() {
        Projection b = session.result().baseline();
        double total = kt(b, Stage.MINING, Region.ALLIED) + kt(b, Stage.MINING, Region.ROW)
                + kt(b, Stage.MINING, Region.CHINA);

        assertThat(vm.lines()).filteredOn(ChartLine::isGhost).extracting(ChartLine::key)
                .containsExactlyInAnyOrder("allied-baseline", "total-baseline");
        assertThat(line("total-baseline").points().get(Y2030).value()).isCloseTo(total, within(1e-9));
        assertThat(line("total-baseline").name()).isEqualTo("World total (no new investment)");
    }

    @Test
    void anotherStageRetitlesAndRefills() {
        vm.stageProperty().set("magnets");

        assertThat(vm.titleProperty().get()).isEqualTo("Magnet output by region");
        assertThat(vm.yLabelProperty().get()).isEqualTo("kt NdFeB per year");
        assertThat(line("allied").points().get(Y2030).value())
                .isCloseTo(kt(session.result().scenario(), Stage.MAGNETS, Region.ALLIED), within(1e-9));
        assertThat(vm.stageOptions()).extracting(o -> o.id()).containsExactly("mining", "separation", "magnets");
    }

    @Test
    void hidingABandRestacksTheOthersAndHidesItsGhost() {
        LegendEntry allied = vm.legend().stream().filter(e -> e.key().equals("allied")).findFirst().orElseThrow();
        double row = kt(session.result().scenario(), Stage.MINING, Region.ROW);

        allied.toggle();

        assertThat(line("allied").isVisible()).isFalse();
        assertThat(line("allied-baseline").isVisible()).isFalse();
        assertThat(line("row").points().get(Y2030).value()).isCloseTo(row, within(1e-9));
        allied.toggle();
        assertThat(line("allied-baseline").isVisible()).isTrue();
    }

    @Test
    void theBaselineEntryHidesEveryGhost() {
        LegendEntry baseline = vm.legend().get(vm.legend().size() - 1);
        assertThat(baseline.name()).isEqualTo("No new investment");
        assertThat(baseline.isDashed()).isTrue();

        baseline.toggle();

        assertThat(vm.lines()).filteredOn(ChartLine::isGhost).hasSize(2).noneMatch(ChartLine::isVisible);
        // Heavy demand belongs to the heavy view only.
        assertThat(vm.lines()).filteredOn(l -> !l.isGhost() && !l.key().equals("heavy-demand"))
                .allMatch(ChartLine::isVisible);
    }

    @Test
    void theHoverListsEachShownLineWithItsUnitThenTotals() {
        List<HoverRow> rows = vm.hover(2030);

        assertThat(rows).extracting(HoverRow::name).containsExactly("China", "Rest of world",
                "Allied (U.S. + Australia)", "Allied (U.S. + Australia) (no new investment)",
                "World total (no new investment)", "World total", "Allied share");
        assertThat(rows.get(2).value()).matches("\\d+\\.\\d kt REO");
        assertThat(rows.get(6).value()).matches("\\d+%");
        assertThat(rows.get(3).dashed()).isTrue();
    }

    @Test
    void aHiddenChartCatchesUpWhenShown() {
        ChartLine allied = line("allied");
        double before = allied.points().get(Y2030).value();
        vm.setActive(false);

        session.setScenario(session.scenario().withInvestment("mining", 12));
        assertThat(allied.points().get(Y2030).value()).isEqualTo(before);

        vm.setActive(true);
        assertThat(allied.points().get(Y2030).value()).isGreaterThan(before);
    }

    @Test
    void pointsMoveInPlace() {
        List<ChartPoint> before = List.copyOf(line("allied").points());
        session.setScenario(session.scenario().withInvestment("mining", 8));
        assertThat(line("allied").points()).containsExactlyElementsOf(before);
    }

    @Test
    void theHeavySwitchStacksHeavySeparationByRegionUnderWorldHeavyDemand() {
        Projection p = session.result().scenario();
        Projection b = session.result().baseline();
        double allied = p.values(Series.SEPARATION_HEAVY_ALLIED)[Y2030] / 1000;
        double row = p.values(Series.SEPARATION_HEAVY_ROW)[Y2030] / 1000;
        double china = p.values(Series.SEPARATION_HEAVY_CHINA)[Y2030] / 1000;

        vm.groupProperty().set(ElementGroup.HEAVY.id());

        assertThat(vm.titleProperty().get()).isEqualTo("Heavy rare-earth (Dy+Tb) oxide output by region");
        assertThat(vm.yLabelProperty().get()).isEqualTo("kt REO per year");
        assertThat(line("allied").points().get(Y2030).value()).isCloseTo(allied, within(1e-9));
        assertThat(line("china").points().get(Y2030).value()).isCloseTo(allied + row + china, within(1e-9));
        assertThat(line("allied-baseline").points().get(Y2030).value())
                .isCloseTo(b.values(Series.SEPARATION_HEAVY_ALLIED)[Y2030] / 1000, within(1e-9));
        assertThat(line("heavy-demand").isVisible()).isTrue();
        assertThat(line("heavy-demand").points().get(Y2030).value())
                .isCloseTo(p.values(Series.DEMAND_GLOBAL_HEAVY)[Y2030] / 1000, within(1e-9));
        assertThat(vm.hover(2030)).extracting(HoverRow::name).contains("World heavy demand");
    }

    @Test
    void theAllOxideViewKeepsTheHeavyDemandLineAndItsLegendEntryOut() {
        LegendEntry demand = vm.legend().stream().filter(e -> e.key().equals("heavy-demand")).findFirst()
                .orElseThrow();

        assertThat(line("heavy-demand").isVisible()).isFalse();
        assertThat(demand.availableProperty().get()).isFalse();
        assertThat(vm.hover(2030)).extracting(HoverRow::name).doesNotContain("World heavy demand");
        vm.groupProperty().set(ElementGroup.HEAVY.id());
        assertThat(demand.availableProperty().get()).isTrue();
        assertThat(vm.heavyProperty().get()).isTrue();
    }
}
