package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.Stage;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/**
 * Builds the standard charts of a scenario run as {@link ChartSpec}s, named, coloured and labelled as the
 * {@link ChartCatalog} says: supply by region per stage and of heavy rare earths, China's share per stage and of
 * heavy separation, programme costs, the NdPr price with its floor, the disruption stress test and, with Monte Carlo
 * bands, an uncertainty fan; {@link OutcomeCharts} adds the window's other charts. Each chart draws the
 * no-new-investment baseline as a dashed ghost where that helps the comparison.
 */
public final class StandardCharts {
    public static final String SUPPLY = ChartCatalog.SUPPLY;
    public static final String CHINA_SHARE = ChartCatalog.CHINA_SHARE;
    public static final String COSTS = ChartCatalog.COSTS;
    public static final String STRESS = "stress-test";
    public static final String PRICE = ChartCatalog.PRICE;
    public static final String UNCERTAINTY = ChartCatalog.UNCERTAINTY;
    private static final String YEAR = "Year";
    /** The stress chart's subtitle without an event: what is (not) drawn, and what the stress series means. */
    static final String NO_EVENT = ChartText.get("chart.stressTest.subtitleNone");

    private final Projection run;
    private final Projection baseline;
    private final ChartFrame frame;
    private final PriceFloor floor;
    private final OutcomeCharts outcomes;
    private final ReportStamp stamp;

    /** @param parameters the parameters of the run (the price chart reads the floor price from them) */
    public StandardCharts(Projection run, Projection baseline, ParameterSet parameters, ReportStamp stamp) {
        this.run = run;
        this.baseline = baseline;
        this.frame = new ChartFrame(run, stamp);
        this.floor = PriceFloor.of(run, parameters);
        this.outcomes = new OutcomeCharts(run, baseline, frame);
        this.stamp = stamp;
    }

    /** The standard charts of an export's content. */
    public static StandardCharts of(ReportContent c) {
        return new StandardCharts(c.scenario(), c.baseline(), c.parameters(), c.stamp());
    }

    /**
     * Every chart the window shows that one run can draw: supply for the three stages and heavy rare earths, China
     * share (all and heavy), costs, processing cost, price, where allied ore goes, the stress test's supply,
     * stockpile and shortfall charts, and fans with bands.
     */
    public List<ChartSpec> all(Bands bands) {
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(supply(Stage.SEPARATION));
        charts.add(supply(Stage.MINING));
        charts.add(supply(Stage.MAGNETS));
        charts.add(supplyHeavy());
        charts.add(chinaShare(null));
        charts.add(chinaShareHeavy());
        charts.add(costs());
        charts.add(outcomes.processingCost());
        charts.add(price());
        charts.add(outcomes.oreFlow());
        charts.add(outcomes.stressSupply());
        charts.add(outcomes.stockpile());
        charts.add(stressTest());
        if (bands != null) {
            charts.add(uncertainty(bands, Series.SHARE_CHINA_SEPARATION.id()));
            charts.add(uncertainty(bands, Series.SELF_SUFFICIENCY.id()));
        }
        return charts;
    }

    /** The charts a briefing deck shows by default: supply (separation), China share, costs, price, stress test. */
    public List<ChartSpec> briefing(Bands bands) {
        List<ChartSpec> charts = new ArrayList<>(List.of(supply(Stage.SEPARATION), chinaShare(null), costs(),
                price(), stressTest()));
        if (bands != null) {
            charts.add(uncertainty(bands, Series.SHARE_CHINA_SEPARATION.id()));
        }
        return charts;
    }

    /**
     * Output of one stage by region, stacked (allied at the bottom), with the allied and world totals without new
     * investment and world demand.
     */
    public ChartSpec supply(Stage stage) {
        return stacked(ChartCatalog.supply(stage), r -> Series.production(stage, r), "demand", demand(stage));
    }

    /** Heavy rare-earth (Dy+Tb) separation by region, stacked, with the same ghosts and world heavy demand. */
    public ChartSpec supplyHeavy() {
        return stacked(ChartCatalog.supplyHeavy(), StandardCharts::heavy, "heavy-demand", Series.DEMAND_GLOBAL_HEAVY);
    }

    private ChartSpec stacked(ChartDefinition d, Function<Region, Series> of, String demandKey,
                              Series demand) {
        List<ChartSeries> series = new ArrayList<>();
        double[] total = new double[run.years().length];
        for (Region r : ChartCatalog.regionsBottomToTop()) {
            series.add(ChartFrame.area(d.series(r.id()), run.values(of.apply(r))));
            double[] b = baseline.values(of.apply(r));
            for (int i = 0; i < total.length; i++) {
                total[i] += b[i];
            }
        }
        series.add(ChartFrame.ghost(d.series(Region.ALLIED.id()), baseline.values(of.apply(Region.ALLIED))));
        series.add(ChartFrame.ghost(d.series("total"), total));
        series.add(ChartFrame.line(d.series(demandKey), run.values(demand)));
        return frame.spec(d, series, List.of());
    }

    /** China's share of each stage, scenario solid and baseline dashed, with an optional target share line. */
    public ChartSpec chinaShare(Double targetShare) {
        ChartDefinition d = ChartCatalog.chinaShare();
        List<ChartSeries> series = new ArrayList<>();
        for (Stage s : Stage.values()) {
            series.add(ChartFrame.ghost(d.series(s.id()), baseline.values(Series.chinaShare(s))));
        }
        for (Stage s : Stage.values()) {
            series.add(ChartFrame.line(d.series(s.id()), run.values(Series.chinaShare(s))));
        }
        List<ReferenceLine> refs = targetShare == null ? List.of() : List.of(new ReferenceLine(targetShare,
                ChartCatalog.target(targetShare), Palette.TARGET));
        return frame.spec(d, series, refs);
    }

    /** China's share of heavy rare-earth separation, scenario solid and baseline dashed. */
    public ChartSpec chinaShareHeavy() {
        ChartDefinition d = ChartCatalog.chinaShareHeavy();
        return frame.spec(d, List.of(
                ChartFrame.ghost(d.series("heavy"), baseline.values(Series.SHARE_CHINA_HEAVY_SEPARATION)),
                ChartFrame.line(d.series("heavy"), run.values(Series.SHARE_CHINA_HEAVY_SEPARATION))), List.of());
    }

    /** Annual programme spend stacked by focus area (areas with money only), cumulative spend on the right. */
    public ChartSpec costs() {
        ChartDefinition d = ChartCatalog.spend();
        List<ChartSeries> series = new ArrayList<>();
        FocusAreaCatalog catalog = run.focusAreas();
        for (int k = 0; k < catalog.size(); k++) {
            double[] spend = run.spend(k);
            if (max(spend) > 0) {
                series.add(ChartSeries.bar(catalog.get(k).name(), ColourRole.area(k).rgb(), spend));
            }
        }
        if (series.isEmpty()) {
            SeriesDefinition total = d.series("total");
            series.add(ChartSeries.bar(total.label(), total.colour().rgb(), run.values(Series.SPEND_TOTAL)));
        }
        series.add(ChartFrame.line(d.series("cumulative"), run.values(Series.SPEND_CUMULATIVE)).onSecondaryAxis());
        return frame.spec(d, series, List.of());
    }

    /**
     * The NdPr oxide reference price the market clears at each year, its no-new-investment path dashed, and the
     * offtake price floor as a reference line whose label says whether the scenario funds it.
     */
    public ChartSpec price() {
        ChartDefinition d = ChartCatalog.price();
        List<ChartSeries> series = List.of(ChartFrame.ghost(d.series("ndpr"), baseline.values(Series.PRICE_NDPR)),
                ChartFrame.line(d.series("ndpr"), run.values(Series.PRICE_NDPR)));
        return frame.spec(d, series, List.of(new ReferenceLine(floor.usdPerKg(), floor.label(),
                floor.funded() ? Palette.TARGET : Palette.MUTED)));
    }

    /**
     * The scenario's own export restriction: allied separated demand against what allied buyers can get outside
     * China (with and without new investment) and, as bars on the right axis, the shortfall the event leaves in each
     * of its years ({@code shortfall.t}; together the figure of the window's Stress card, {@link EventShortfall}).
     * Without an event nothing hypothetical is drawn: the title says none is set and the subtitle what the
     * stress-shortfall series in the data means, as the window's Stress tab does.
     */
    public ChartSpec stressTest() {
        DisruptionEvent e = EventShortfall.eventOf(run);
        List<ChartSeries> series = new ArrayList<>();
        if (e != null) {
            series.add(ChartSeries.bar(ChartText.get("chart.stressTest.shortfall"), Palette.SHORTFALL,
                    run.values(Series.SHORTFALL)).onSecondaryAxis());
        }
        String nonChina = ChartText.get("chart.stressTest.nonChina");
        series.add(ChartSeries.line(ChartText.get("chart.stress.demand"), Palette.DEMAND,
                run.values(Series.DEMAND_ALLIED_SEPARATION)));
        series.add(ChartSeries.dashed(ChartCatalog.ghost(nonChina), Palette.region(Region.ALLIED),
                nonChina(baseline)));
        series.add(ChartSeries.line(nonChina, Palette.region(Region.ALLIED), nonChina(run)));
        AxisSpec y = AxisSpec.of(ChartText.get("chart.stressTest.yLabel"), AxisFormat.THOUSAND_TONNES);
        if (e == null) {
            return new ChartSpec(STRESS, ChartText.get("chart.stressTest.titleNone"), NO_EVENT, YEAR, y, null,
                    run.years(), series, List.of(), stamp.sourceLine(), stamp.scenarioLine());
        }
        String title = ChartText.format("chart.stressTest.title", e.target().label(), EventFigures.months(e),
                String.format(Locale.ROOT, "%,.0f", EventShortfall.tonnes(run)));
        return spec(STRESS, title, y, AxisSpec.of(ChartText.get("chart.stressTest.y2Label"),
                AxisFormat.THOUSAND_TONNES), series, List.of());
    }

    /** The P10–P90 range of one series over the Monte Carlo runs, its median, and the deterministic run. */
    public ChartSpec uncertainty(Bands bands, String seriesId) {
        Band band = bands.band(seriesId);
        SeriesInfo info = run.seriesInfo().stream().filter(i -> i.id().equals(seriesId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown series '" + seriesId + "'"));
        Series known = Series.byId(seriesId);
        AxisFormat format = AxisFormat.of(info.unit());
        ChartDefinition d = known != null ? ChartCatalog.fan(known) : ChartCatalog.fan(seriesId, info.label(),
                AxisSpec.zoomed(info.label() + " (" + ChartFrame.axisUnit(format, info.unit()) + ")", format));
        SeriesDefinition range = d.series("range");
        List<ChartSeries> series = List.of(
                ChartSeries.band(range.label(), range.colour().tint(0.45), band.p10(), band.p90()),
                ChartFrame.line(d.series("median"), band.p50()),
                ChartFrame.line(d.series("scenario"), run.values(seriesId)));
        return frame.spec(d, ChartText.format("chart.fan.runs", String.format(Locale.ROOT, "%,d", bands.runs())),
                series);
    }

    private ChartSpec spec(String id, String title, AxisSpec y, AxisSpec y2, List<ChartSeries> series,
                           List<ReferenceLine> refs) {
        return frame.spec(id, title, y, y2, series, refs);
    }

    private static Series demand(Stage stage) {
        return switch (stage) {
            case MINING -> Series.DEMAND_GLOBAL_MINING;
            case SEPARATION -> Series.DEMAND_GLOBAL_SEPARATION;
            case MAGNETS -> Series.DEMAND_GLOBAL_MAGNETS;
        };
    }

    private static Series heavy(Region region) {
        return switch (region) {
            case ALLIED -> Series.SEPARATION_HEAVY_ALLIED;
            case ROW -> Series.SEPARATION_HEAVY_ROW;
            case CHINA -> Series.SEPARATION_HEAVY_CHINA;
        };
    }

    private static double[] nonChina(Projection p) {
        double[] a = p.values(Series.SEPARATION_ALLIED);
        double[] s = p.values(Series.SECURED_SEPARATION);
        double[] r = p.values(Series.RECYCLED_ALLIED);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + s[i] + r[i];
        }
        return out;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
