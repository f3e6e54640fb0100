package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;

/**
 * The window's charts beyond the standard briefing set, as {@link ChartSpec}s from the {@link ChartCatalog}:
 * processing cost per kg, where allied ore goes year by year, the stress test's non-China supply against allied
 * demand, and the stockpile with the shortfalls. Dashed lines are the no-new-investment baseline, as on screen.
 */
final class OutcomeCharts {
    private final Projection run;
    private final Projection baseline;
    private final ChartFrame frame;

    OutcomeCharts(Projection run, Projection baseline, ChartFrame frame) {
        this.run = run;
        this.baseline = baseline;
        this.frame = frame;
    }

    /** Allied processing cost per kg against China's, the allied cost without new investment dashed. */
    ChartSpec processingCost() {
        ChartDefinition d = ChartCatalog.processingCost();
        return frame.spec(d, List.of(
                ChartFrame.ghost(d.series("allied"), baseline.values(Series.COST_ALLIED)),
                ChartFrame.line(d.series("allied"), run.values(Series.COST_ALLIED)),
                ChartFrame.line(d.series("china"), run.values(Series.COST_CHINA))), List.of());
    }

    /** Allied mine output by where it goes, stacked: refined by allied plants at the bottom, stockpiled on top. */
    ChartSpec oreFlow() {
        int[] years = run.years();
        ChartDefinition d = ChartCatalog.oreFlow(years[0], years[years.length - 1]);
        Series[] routes = {Series.ORE_ALLIED_TO_ALLIED, Series.ORE_ALLIED_TO_ROW, Series.ORE_ALLIED_TO_CHINA,
            Series.ORE_ALLIED_STOCKPILED};
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < routes.length; i++) {
            series.add(ChartFrame.area(d.series().get(i), run.values(routes[i])));
        }
        return frame.spec(d, series, List.of());
    }

    /**
     * Separated oxide allied buyers get outside China (allied plants, secured offtake, recycling) stacked against
     * allied demand, with the allied plants' and the whole supply's baseline dashed.
     */
    ChartSpec stressSupply() {
        ChartDefinition d = ChartCatalog.stressSupply();
        Series[] parts = {Series.SEPARATION_ALLIED, Series.SECURED_SEPARATION, Series.RECYCLED_ALLIED};
        List<ChartSeries> series = new ArrayList<>();
        double[] total = new double[run.years().length];
        for (int i = 0; i < parts.length; i++) {
            series.add(ChartFrame.area(d.series().get(i), run.values(parts[i])));
            double[] b = baseline.values(parts[i]);
            for (int y = 0; y < total.length; y++) {
                total[y] += b[y];
            }
        }
        series.add(ChartFrame.ghost(d.series("allied"), baseline.values(Series.SEPARATION_ALLIED)));
        series.add(ChartFrame.ghost(d.series("total"), total));
        series.add(ChartFrame.ghost(d.series("demand"), baseline.values(Series.DEMAND_ALLIED_SEPARATION)));
        series.add(ChartFrame.line(d.series("demand"), run.values(Series.DEMAND_ALLIED_SEPARATION)));
        return frame.spec(d, series, List.of());
    }

    /** The stockpile held, the shortfall in the restriction and the shortfall if it began each year. */
    ChartSpec stockpile() {
        ChartDefinition d = ChartCatalog.stockpile();
        Series[] ids = {Series.STOCKPILE_T, Series.SHORTFALL, Series.STRESS_SHORTFALL};
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            series.add(ChartFrame.ghost(d.series().get(i), baseline.values(ids[i])));
        }
        for (int i = 0; i < ids.length; i++) {
            series.add(ChartFrame.line(d.series().get(i), run.values(ids[i])));
        }
        return frame.spec(d, series, List.of());
    }
}
