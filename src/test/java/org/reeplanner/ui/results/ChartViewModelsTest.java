package org.reeplanner.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.ChinaShareChartViewModel;
import org.reeplanner.ui.charts.SpendChartViewModel;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartMarker;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.charts.plot.LegendEntry;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class ChartViewModelsTest {
    private final ScenarioSession session = Shipped.session("export-ban-stress");
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);
    private final ChartsViewModel charts = new ChartsViewModel(session.resultProperty(), cursor,
            Shipped.DATA.focusAreas(), Shipped.DATA.parameters());

    static Stream<String> keys() {
        return Stream.of("supply", "china-share", "spend", "processing-cost", "price", "stress-supply", "stockpile");
    }

    private ChartViewModel chart(String key) {
        return Stream.of(charts.supply(), charts.chinaShare(), charts.spend(), charts.processingCost(),
                charts.price(), charts.stressSupply(), charts.stockpile()).filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyChartHasTitleUnitsLegendAndAFiniteValuePerYear(String key) {
        ChartViewModel vm = chart(key);
        charts.selectedProperty().set(ChartTab.values()[0]);
        vm.setActive(true);

        assertThat(vm.chartId()).isEqualTo("chart-" + key);
        assertThat(vm.titleProperty().get()).isNotBlank();
        assertThat(vm.yLabelProperty().get()).isNotBlank();
        assertThat(vm.legend()).isNotEmpty();
        assertThat(vm.lines()).allSatisfy(l -> assertThat(l.points()).hasSize(16)
                .allSatisfy(p -> assertThat(p.value()).isFinite()));
        assertThat(vm.cursor()).isSameAs(cursor);
        assertThat(vm.hover(2027)).isNotEmpty().allSatisfy(r -> assertThat(r.value()).isNotBlank());
    }

    @Test
    void onlyTheSelectedTabsChartsFollowTheResults() {
        charts.selectedProperty().set(ChartTab.COSTS);
        ChartLine cumulative = charts.spend().lines().get(charts.spend().lines().size() - 1);
        ChartLine allied = charts.supply().lines().get(2);
        double spendBefore = cumulative.points().get(15).value();
        double supplyBefore = allied.points().get(10).value();

        session.setScenario(session.scenario().withInvestment("mining", 10));

        assertThat(cumulative.points().get(15).value()).isGreaterThan(spendBefore);
        assertThat(allied.points().get(10).value()).isEqualTo(supplyBefore);
        charts.selectedProperty().set(ChartTab.SUPPLY);
        assertThat(allied.points().get(10).value()).isGreaterThan(supplyBefore);
    }

    @Test
    void spendBandsStackToTheTotalAndTheLineIsCumulative() {
        charts.selectedProperty().set(ChartTab.COSTS);
        SpendChartViewModel spend = charts.spend();
        var p = session.result().scenario();
        ChartLine top = spend.lines().get(0);

        assertThat(top.points().get(2).value()).isCloseTo(p.values(Series.SPEND_TOTAL)[2], within(1e-9));
        assertThat(spend.legend()).hasSize(13);
        assertThat(spend.lines().get(12).name()).isEqualTo("Cumulative spend");
        assertThat(spend.lines().get(12).points().get(15).value()).isCloseTo(5.5, within(1e-9));
        assertThat(spend.yRange().upper()).isGreaterThanOrEqualTo(5.5);
    }

    @Test
    void theStressChartsShadeTheRestrictionMonths() {
        charts.selectedProperty().set(ChartTab.STRESS);
        ChartMarker band = charts.stressSupply().event();

        assertThat(band.visibleProperty().get()).isTrue();
        assertThat(band.fromProperty().get()).isEqualTo(2027);
        assertThat(band.toProperty().get()).isEqualTo(2027.5);
        assertThat(band.labelProperty().get()).isEqualTo("Export restriction, 6 mo, 74% withheld");
        assertThat(charts.stockpile().hover(2027)).extracting(HoverRow::name)
                .contains("Shortfall in the restriction", "Stockpile cover", "Price multiplier");

        session.setScenario(session.scenario().withDisruption(session.scenario().disruption().withEnabled(false)));
        assertThat(band.visibleProperty().get()).isFalse();
    }

    @Test
    void theTargetLineFollowsTheChosenPercentage() {
        ChinaShareChartViewModel share = charts.chinaShare();
        assertThat(share.target().fromProperty().get()).isEqualTo(60);
        assertThat(share.target().labelProperty().get()).isEqualTo("Target 60%");

        share.targetPercentProperty().set(45);

        assertThat(share.target().fromProperty().get()).isEqualTo(45);
        assertThat(share.target().labelProperty().get()).isEqualTo("Target 45%");
        assertThat(share.legend()).filteredOn(e -> e.availableProperty().get()).extracting(LegendEntry::key)
                .containsExactly("mining", "separation", "magnets", "baseline");
    }

    @Test
    void theTabsAreListedWithStableIds() {
        assertThat(List.of(ChartTab.values())).extracting(ChartTab::tabId).containsExactly("tab-supply",
                "tab-china-share", "tab-costs", "tab-market", "tab-stress", "tab-uncertainty", "tab-tornado", "tab-attribution",
                "tab-table", "tab-compare", "tab-assumptions");
    }
}
