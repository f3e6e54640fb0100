package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Param;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartPoint;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;
import org.reeplanner.ui.scenarios.ScenarioSession;

class PriceChartViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final PriceChartViewModel vm = new PriceChartViewModel(session.resultProperty(),
            new YearCursor(2030, 2025, 2040), Shipped.DATA.parameters());

    private static double[] shown(ChartLine line) {
        return line.points().stream().mapToDouble(ChartPoint::value).toArray();
    }

    @Test
    void drawsTheScenarioPriceSolidAndTheNoNewInvestmentPriceAsItsGhost() {
        RunResult r = session.result();

        assertThat(vm.chartId()).isEqualTo("chart-price");
        assertThat(shown(vm.price())).containsExactly(r.scenario().values(Series.PRICE_NDPR));
        assertThat(shown(vm.priceBaseline())).containsExactly(r.baseline().values(Series.PRICE_NDPR));
        assertThat(vm.priceBaseline().isGhost()).isTrue();
        assertThat(vm.price().points().get(0).value()).as("anchored at the 2025 average").isEqualTo(69.0);
    }

    @Test
    void theFloorIsTheParameterAndSaysWhetherTheScenarioFundsIt() {
        assertThat(vm.floor().fromProperty().get()).isEqualTo(110);
        assertThat(vm.floor().labelProperty().get()).isEqualTo("Price floor USD 110/kg (not funded in this scenario)");
        assertThat(vm.yRange().upper()).as("the floor stays on the plot").isGreaterThanOrEqualTo(110);
    }

    @Test
    void linesAndFloorFollowAScenarioWithOfftakeMoney() {
        session.setScenario(session.scenario().withInvestment("offtake", 3).withAssumption(Param.OFFTAKE_FLOOR, 140));
        RunResult r = session.result();

        assertThat(Arrays.stream(r.scenario().values(Series.OFFTAKE_COVERED)).max().orElseThrow())
                .as("the floor covers output").isPositive();
        assertThat(shown(vm.price())).containsExactly(r.scenario().values(Series.PRICE_NDPR));
        assertThat(shown(vm.priceBaseline())).containsExactly(r.baseline().values(Series.PRICE_NDPR));
        assertThat(vm.floor().fromProperty().get()).isEqualTo(140);
        assertThat(vm.floor().labelProperty().get()).isEqualTo("Price floor USD 140/kg on covered allied output");
        assertThat(vm.yRange().upper()).isGreaterThanOrEqualTo(140);
    }

    @Test
    void hoverGivesTheYearsPriceAndItsBaselineInUsdPerKg() {
        assertThat(vm.hover(2025)).extracting(HoverRow::value).containsExactly("USD 69.0/kg", "USD 69.0/kg");
    }
}
