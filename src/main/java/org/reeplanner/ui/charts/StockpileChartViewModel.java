package org.reeplanner.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartMarker;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The stress test's outcome: the strategic stockpile held and drawn down, the shortfall in the restriction, and
 * the shortfall if the same restriction began in each year; the hover adds days of cover and the price spike.
 */
public final class StockpileChartViewModel extends ChartViewModel {
    private static final double KILO = 1e-3;

    private final ChartLine stockpile;
    private final ChartLine shortfall;
    private final ChartLine stress;
    private final List<ChartLine> baselines = new ArrayList<>();
    private final ChartMarker event;

    public StockpileChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("stockpile", results, cursor, AxisRange.fitting());
        label(definition());
        stockpile = line(definition().series("stockpile"), ChartFormats::tonnesReo);
        shortfall = line(definition().series("shortfall"), ChartFormats::tonnesReo);
        stress = line(definition().series("stress"), ChartFormats::tonnesReo);
        for (ChartLine l : List.of(stockpile, shortfall, stress)) {
            baselines.add(ghost(l, ChartFormats::tonnesReo));
        }
        addBaselineEntry();
        event = marker(ChartMarker.Kind.YEAR_BAND, "event-band");
        start();
    }

    @Override
    public ChartDefinition definition() {
        return ChartCatalog.stockpile();
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        Series[] ids = {Series.STOCKPILE_T, Series.SHORTFALL, Series.STRESS_SHORTFALL};
        ChartLine[] own = {stockpile, shortfall, stress};
        for (int i = 0; i < ids.length; i++) {
            own[i].set(years, r.scenario().values(ids[i]), KILO);
            baselines.get(i).set(years, r.baseline().values(ids[i]), KILO);
        }
        DisruptionBand.show(event, r.scenario().scenario());
    }

    @Override
    protected List<HoverRow> extraHover(RunResult r, int index) {
        Projection p = r.scenario();
        return List.of(
                new HoverRow(Messages.get("chart.stockpile.cover"),
                        Formats.days(p.values(Series.STOCKPILE_DAYS)[index]),
                        "series-stockpile", false),
                new HoverRow(Messages.get("chart.stockpile.lag"), Formats.days(p.values(Series.RESPONSE_LAG)[index]),
                        "series-total", false),
                new HoverRow(Messages.get("chart.stockpile.price"),
                        Formats.multiplier(p.values(Series.PRICE_MULTIPLIER)[index]),
                        "series-shortfall", false));
    }
}
