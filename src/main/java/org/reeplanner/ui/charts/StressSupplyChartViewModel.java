package org.reeplanner.ui.charts;

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
import org.reeplanner.ui.charts.plot.StackedValues;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The stress test's supply side: separated oxide available to allied buyers outside China (allied plants, secured
 * rest-of-world offtake, recycling) stacked against allied demand, with the export restriction shaded.
 */
public final class StressSupplyChartViewModel extends ChartViewModel {
    private static final double KILO = 1e-3;
    private static final Series[] BOTTOM_TO_TOP = {Series.SEPARATION_ALLIED, Series.SECURED_SEPARATION,
        Series.RECYCLED_ALLIED};

    private final List<ChartLine> bands;
    private final List<ChartLine> ghosts;
    private final ChartLine outline;
    private final ChartLine demand;
    private final ChartLine demandBaseline;
    private final ChartMarker event;

    public StressSupplyChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("stress-supply", results, cursor, AxisRange.fitting());
        ChartDefinition d = definition();
        label(d);
        bands = stack(List.of(band(d.series("allied"), ChartFormats::tonnesReo),
                band(d.series("secured"), ChartFormats::tonnesReo),
                band(d.series("recycled"), ChartFormats::tonnesReo)));
        // Only the edges that are baseline values themselves: the bottom band's and the whole stack's. A ghost of a
        // middle or top band's edge would sit off that band whenever the bands below it changed.
        ghosts = List.of(ghost(bands.get(0), ChartFormats::tonnesReo));
        outline = outlineGhost("total", d.label("total"), d.colour("total").themeName(), ChartFormats::tonnesReo);
        demand = line(d.series("demand"), ChartFormats::tonnesReo);
        demandBaseline = ghost(demand, ChartFormats::tonnesReo);
        addBaselineEntry();
        event = marker(ChartMarker.Kind.YEAR_BAND, "event-band");
        start();
    }

    @Override
    public ChartDefinition definition() {
        return ChartCatalog.stressSupply();
    }

    public ChartMarker event() {
        return event;
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        StackedValues.fillWithBaseline(bands, ghosts, outline, years, KILO, values(r.scenario()),
                values(r.baseline()));
        demand.set(years, r.scenario().values(Series.DEMAND_ALLIED_SEPARATION), KILO);
        demandBaseline.set(years, r.baseline().values(Series.DEMAND_ALLIED_SEPARATION), KILO);
        DisruptionBand.show(event, r.scenario().scenario());
    }

    @Override
    protected List<HoverRow> extraHover(RunResult r, int index) {
        double[][] v = values(r.scenario());
        double supply = v[0][index] + v[1][index] + v[2][index];
        double need = r.scenario().values(Series.DEMAND_ALLIED_SEPARATION)[index];
        double cover = need > 0 ? supply / need : 0;
        return List.of(new HoverRow(Messages.get("chart.stress.coversLabel"),
                Messages.format("chart.stress.covers", Formats.percent(cover)),
                "series-total", false));
    }

    private static double[][] values(Projection p) {
        double[][] out = new double[BOTTOM_TO_TOP.length][];
        for (int i = 0; i < BOTTOM_TO_TOP.length; i++) {
            out[i] = p.values(BOTTOM_TO_TOP[i]);
        }
        return out;
    }
}
