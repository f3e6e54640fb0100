package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;

class StandardChartsTest {
    private static final ReportContent CONTENT = ReportFixtures.full();
    private static final StandardCharts CHARTS = StandardCharts.of(CONTENT);

    @Test
    void everyChartCarriesTheSourceLineAndTheScenarioAndDate() {
        List<ChartSpec> all = CHARTS.all(CONTENT.bands());

        assertThat(all).extracting(ChartSpec::id).doesNotHaveDuplicates().contains("supply-separation",
                "supply-mining", "supply-magnets", "china-share", "costs", "price-ndpr", "stress-test");
        for (ChartSpec c : all) {
            assertThat(c.sourceLine()).isEqualTo("Source: Rare Earth Resilience Planner model v1.2.3; facts: USGS, "
                    + "IEA, company reports");
            assertThat(c.stamp()).isEqualTo("Accelerated allied · 2026-03-14");
            assertThat(c.y().title()).as(c.id()).matches(".*(kt|%|USD|\\().*");
        }
    }

    @Test
    void chinaShareDrawsEachStageSolidWithItsBaselineDashedAndAnOptionalTarget() {
        ChartSpec c = CHARTS.chinaShare(0.6);

        assertThat(c.series()).hasSize(6);
        assertThat(c.series().stream().filter(s -> s.dash() == ChartSeries.Dash.DASHED)).hasSize(3);
        assertThat(c.series().get(4).values()).isEqualTo(CONTENT.scenario().values(Series.SHARE_CHINA_SEPARATION));
        assertThat(c.series().get(1).values()).isEqualTo(CONTENT.baseline().values(Series.SHARE_CHINA_SEPARATION));
        assertThat(c.references()).singleElement().extracting(ReferenceLine::value).isEqualTo(0.6);
    }

    @Test
    void supplyStacksTheThreeRegionsOfTheStage() {
        ChartSpec c = CHARTS.supply(Stage.MAGNETS);

        assertThat(c.series().stream().filter(s -> s.kind() == ChartSeries.Kind.STACKED_AREA)).hasSize(3);
        assertThat(c.series().get(0).values()).isEqualTo(CONTENT.scenario().values(Series.MAGNETS_ALLIED));
        assertThat(c.y().title()).isEqualTo("kt NdFeB per year");
    }

    @Test
    void costsStackOnlyFocusAreasWithMoneyAndPutTheCumulativeLineOnTheRightAxis() {
        ChartSpec c = CHARTS.costs();

        long areasWithMoney = CONTENT.scenarioInput().levers().values().stream()
                .filter(l -> l.investmentUsdBn() > 0).count();
        assertThat(c.series().stream().filter(s -> s.kind() == ChartSeries.Kind.STACKED_BAR)).hasSize(
                (int) areasWithMoney);
        ChartSeries last = c.series().get(c.series().size() - 1);
        assertThat(last.secondaryAxis()).isTrue();
        assertThat(last.values()).isEqualTo(CONTENT.scenario().values(Series.SPEND_CUMULATIVE));
    }

    @Test
    void uncertaintyShowsTheP10ToP90BandAndTheMedian() {
        ChartSpec c = CHARTS.uncertainty(CONTENT.bands(), Series.SHARE_CHINA_SEPARATION.id());

        ChartSeries band = c.series().get(0);
        assertThat(band.kind()).isEqualTo(ChartSeries.Kind.BAND);
        assertThat(band.lower()).isEqualTo(CONTENT.bands().band(Series.SHARE_CHINA_SEPARATION.id()).p10());
        assertThat(band.values()).isEqualTo(CONTENT.bands().band(Series.SHARE_CHINA_SEPARATION.id()).p90());
        assertThat(c.title()).isEqualTo("Uncertainty: China separation share");
        assertThat(c.subtitle()).endsWith("400 Monte Carlo runs");
    }

    @Test
    void priceDrawsTheNdprPriceWithItsBaselineDashedAndTheFundedFloorAsAReferenceLine() {
        Scenario funded = ReportFixtures.scenario("seed-baseline").withInvestment("offtake", 2)
                .withAssumption(Param.OFFTAKE_FLOOR, 95);
        ReportContent content = ReportFixtures.content(funded);

        ChartSpec c = StandardCharts.of(content).price();

        assertThat(c.id()).isEqualTo(StandardCharts.PRICE);
        assertThat(c.series().get(0).dash()).isEqualTo(ChartSeries.Dash.DASHED);
        assertThat(c.series().get(0).values()).isEqualTo(content.baseline().values(Series.PRICE_NDPR));
        assertThat(c.series().get(1).values()).isEqualTo(content.scenario().values(Series.PRICE_NDPR));
        assertThat(c.references()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(95);
            assertThat(r.label()).isEqualTo("Price floor USD 95/kg on covered allied output");
        });
        assertThat(StandardCharts.of(content).briefing(null)).extracting(ChartSpec::id).contains(StandardCharts.PRICE);
    }

    @Test
    void priceSaysSoWhenTheScenarioPutsNoMoneyIntoTheFloor() {
        ChartSpec c = StandardCharts.of(ReportFixtures.content(ReportFixtures.scenario("seed-baseline"))).price();

        assertThat(c.references()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(ReportFixtures.DATA.parameters().base(Param.OFFTAKE_FLOOR));
            assertThat(r.label()).isEqualTo("Price floor USD 110/kg (not funded in this scenario)");
        });
    }

    @Test
    void theStressChartDrawsTheScenariosOwnEventInItsYearsAndNothingHypotheticalWithoutOne() {
        ReportContent stress = ReportFixtures.content(ReportFixtures.scenario("export-ban-stress"));
        ChartSpec withEvent = StandardCharts.of(stress).stressTest();
        ChartSeries bars = withEvent.series().stream().filter(ChartSeries::secondaryAxis).findFirst()
                .orElseThrow();
        int[] years = withEvent.years();
        for (int i = 0; i < years.length; i++) {
            assertThat(bars.values()[i]).as("%d", years[i]).isEqualTo(years[i] == 2027
                    ? stress.scenario().value(Series.SHORTFALL, 2027) : 0);
        }
        assertThat(bars.values()[2]).isPositive();
        assertThat(withEvent.title()).startsWith("Stress test: All separated oxide (full embargo), January–June 2027");
        assertThat(withEvent.series()).extracting(ChartSeries::name).noneMatch(n -> n.contains("began"));

        ChartSpec none = CHARTS.stressTest();
        assertThat(CONTENT.scenarioInput().disruption().enabled()).isFalse();
        assertThat(none.title()).isEqualTo("Stress test: no export restriction set in this scenario");
        assertThat(none.subtitle()).contains("stress.shortfall.t");
        assertThat(none.y2()).isNull();
        assertThat(none.series()).extracting(ChartSeries::name).containsExactly("Allied demand",
                "Non-China supply to allied buyers (no new investment)", "Non-China supply to allied buyers");
    }
}
