package org.reeplanner.ui.charts;

import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.PriceFloor;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.Series;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartMarker;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The NdPr oxide reference price the market clears at each year, its no-new-investment path dashed, and the offtake
 * price floor as a labelled line: it says whether the scenario funds the floor, which pays only on covered output.
 */
public final class PriceChartViewModel extends ChartViewModel {
    private final ParameterSet parameters;
    private final ChartLine price;
    private final ChartLine priceBaseline;
    private final ChartMarker floor;

    /** @param parameters the model's parameters, for the floor price a scenario does not change */
    public PriceChartViewModel(ObservableValue<RunResult> results, YearCursor cursor, ParameterSet parameters) {
        super("price", results, cursor, AxisRange.fitting());
        this.parameters = parameters;
        label(definition());
        price = line(definition().series("ndpr"), Formats::usdPerKg);
        priceBaseline = ghost(price, Formats::usdPerKg);
        addBaselineEntry();
        floor = marker(ChartMarker.Kind.HORIZONTAL_LINE, "target-line");
        start();
    }

    /** The price floor's line: its price and a label saying whether the scenario funds it. */
    public ChartMarker floor() {
        return floor;
    }

    public ChartLine price() {
        return price;
    }

    public ChartLine priceBaseline() {
        return priceBaseline;
    }

    @Override
    public String note() {
        return Messages.get("chart.price.note");
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        price.set(years, r.scenario().values(Series.PRICE_NDPR), 1);
        priceBaseline.set(years, r.baseline().values(Series.PRICE_NDPR), 1);
        PriceFloor f = PriceFloor.of(r.scenario(), parameters);
        floor.fromProperty().set(f.usdPerKg());
        floor.labelProperty().set(f.label());
    }

    @Override
    public ChartDefinition definition() {
        return ChartCatalog.price();
    }
}
