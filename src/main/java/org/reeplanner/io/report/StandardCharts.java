package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Region;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.Stage;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/**
 * Builds the standard charts of a scenario run as {@link ChartSpec}s: supply by region per stage, China's share per
 * stage, programme costs, the NdPr price with its floor, the disruption stress test and, with Monte Carlo bands, an
 * uncertainty fan. Each chart
 * draws the no-new-investment baseline as a dashed ghost where that helps the comparison.
 */
public final class StandardCharts {
    public static final String SUPPLY = "supply-";
    public static final String CHINA_SHARE = "china-share";
    public static final String COSTS = "costs";
    public static final String STRESS = "stress-test";
    public static final String PRICE = "price-ndpr";
    public static final String UNCERTAINTY = "uncertainty-";
    private static final String YEAR = "Year";
    /** The stress chart's subtitle without an event: what is (not) drawn, and what the stress series means. */
    static final String NO_EVENT = "No export restriction set (Scenario events); the data's stress.shortfall.t is "
            + "what one would leave short if it began in a given year.";

    private final Projection run;
    private final Projection baseline;
    private final ReportStamp stamp;
    private final PriceFloor floor;

    /** @param parameters the parameters of the run (the price chart reads the floor price from them) */
    public StandardCharts(Projection run, Projection baseline, ParameterSet parameters, ReportStamp stamp) {
        this.run = run;
        this.baseline = baseline;
        this.stamp = stamp;
        this.floor = PriceFloor.of(run, parameters);
    }

    /** The standard charts of an export's content. */
    public static StandardCharts of(ReportContent c) {
        return new StandardCharts(c.scenario(), c.baseline(), c.parameters(), c.stamp());
    }

    /**
     * Every standard chart: supply for the three stages, China share, costs, price, stress test, and fans with bands.
     */
    public List<ChartSpec> all(Bands bands) {
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(supply(Stage.SEPARATION));
        charts.add(supply(Stage.MINING));
        charts.add(supply(Stage.MAGNETS));
        charts.add(chinaShare(null));
        charts.add(costs());
        charts.add(price());
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

    /** Output of one stage by region, stacked (allied at the bottom), with world demand and the allied baseline. */
    public ChartSpec supply(Stage stage) {
        List<ChartSeries> series = new ArrayList<>();
        for (Region r : List.of(Region.ALLIED, Region.ROW, Region.CHINA)) {
            series.add(ChartSeries.area(r.label(), Palette.region(r), run.values(Series.production(stage, r))));
        }
        series.add(ChartSeries.dashed("Allied, no new investment", 0x0B4F49,
                baseline.values(Series.production(stage, Region.ALLIED))));
        series.add(ChartSeries.line("World demand", Palette.DEMAND, run.values(demand(stage))));
        String unit = stage.unit().replace("t ", "thousand t ");
        return spec(SUPPLY + stage.id(), stage.label() + ": output by region",
                AxisSpec.of("Output (" + unit + " per year)", AxisFormat.THOUSAND_TONNES), null, series, List.of());
    }

    /** China's share of each stage, scenario solid and baseline dashed, with an optional target share line. */
    public ChartSpec chinaShare(Double targetShare) {
        List<ChartSeries> series = new ArrayList<>();
        for (Stage s : Stage.values()) {
            series.add(ChartSeries.dashed(s.label() + ", no new investment", Palette.stage(s),
                    baseline.values(Series.chinaShare(s))));
        }
        for (Stage s : Stage.values()) {
            series.add(ChartSeries.line(s.label(), Palette.stage(s), run.values(Series.chinaShare(s))));
        }
        List<ReferenceLine> refs = targetShare == null ? List.of() : List.of(new ReferenceLine(targetShare,
                String.format(Locale.ROOT, "Target %.0f%%", 100 * targetShare), Palette.TARGET));
        return spec(CHINA_SHARE, "China's share of world output by stage",
                AxisSpec.fixed("Share of world output (%)", AxisFormat.PERCENT, 0, 1), null, series, refs);
    }

    /** Annual programme spend stacked by focus area (areas with money only), cumulative spend on the right. */
    public ChartSpec costs() {
        List<ChartSeries> series = new ArrayList<>();
        FocusAreaCatalog catalog = run.focusAreas();
        for (int k = 0; k < catalog.size(); k++) {
            double[] spend = run.spend(k);
            if (max(spend) > 0) {
                series.add(ChartSeries.bar(catalog.get(k).name(), Palette.focusArea(k), spend));
            }
        }
        if (series.isEmpty()) {
            series.add(ChartSeries.bar("Programme spend", Palette.focusArea(0), run.values(Series.SPEND_TOTAL)));
        }
        series.add(ChartSeries.line("Cumulative spend (right axis)", Palette.CUMULATIVE,
                run.values(Series.SPEND_CUMULATIVE)).onSecondaryAxis());
        return spec(COSTS, "Programme spend by focus area",
                AxisSpec.of("Annual spend (USD bn, real 2025)", AxisFormat.USD_BN),
                AxisSpec.of("Cumulative spend (USD bn)", AxisFormat.USD_BN), series, List.of());
    }

    /**
     * The NdPr oxide reference price the market clears at each year, its no-new-investment path dashed, and the
     * offtake price floor as a reference line whose label says whether the scenario funds it.
     */
    public ChartSpec price() {
        List<ChartSeries> series = List.of(
                ChartSeries.dashed("NdPr price, no new investment", Palette.PRICE, baseline.values(Series.PRICE_NDPR)),
                ChartSeries.line("NdPr oxide price", Palette.PRICE, run.values(Series.PRICE_NDPR)));
        return spec(PRICE, "NdPr oxide reference price", AxisSpec.of("Price (USD/kg, real 2025)",
                AxisFormat.USD_PER_KG), null, series, List.of(new ReferenceLine(floor.usdPerKg(), floor.label(),
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
            series.add(ChartSeries.bar("Shortfall in the restriction (right axis)", Palette.SHORTFALL,
                    run.values(Series.SHORTFALL)).onSecondaryAxis());
        }
        series.add(ChartSeries.line("Allied demand", Palette.DEMAND, run.values(Series.DEMAND_ALLIED_SEPARATION)));
        series.add(ChartSeries.dashed("Non-China supply, no new investment", Palette.region(Region.ALLIED),
                nonChina(baseline)));
        series.add(ChartSeries.line("Non-China supply to allied buyers", Palette.region(Region.ALLIED),
                nonChina(run)));
        AxisSpec y = AxisSpec.of("Per year (thousand t REO)", AxisFormat.THOUSAND_TONNES);
        if (e == null) {
            return new ChartSpec(STRESS, "Stress test: no export restriction set in this scenario", NO_EVENT, YEAR,
                    y, null, run.years(), series, List.of(), stamp.sourceLine(), stamp.scenarioLine());
        }
        String title = String.format(Locale.ROOT, "Stress test: %s, %s: %,.0f t REO short", e.target().label(),
                EventFigures.months(e), EventShortfall.tonnes(run));
        return spec(STRESS, title, y, AxisSpec.of("Shortfall in the restriction (thousand t REO)",
                AxisFormat.THOUSAND_TONNES), series, List.of());
    }

    /** The P10–P90 range of one series over the Monte Carlo runs, its median, and the deterministic run. */
    public ChartSpec uncertainty(Bands bands, String seriesId) {
        Band band = bands.band(seriesId);
        SeriesInfo info = run.seriesInfo().stream().filter(i -> i.id().equals(seriesId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown series '" + seriesId + "'"));
        AxisFormat format = AxisFormat.of(info.unit());
        int rgb = Palette.stage(Stage.SEPARATION);
        List<ChartSeries> series = List.of(
                ChartSeries.band("P10–P90 range", 0x93B4F5, band.p10(), band.p90()),
                ChartSeries.line("Median (P50)", rgb, band.p50()),
                ChartSeries.dashed("Base parameters", Palette.TEXT, run.values(seriesId)));
        String unit = format == AxisFormat.PERCENT ? "%" : format == AxisFormat.THOUSAND_TONNES
                ? "thousand " + info.unit().symbol() : info.unit().symbol();
        AxisSpec y = AxisSpec.zoomed(info.label() + " (" + unit + ")", format);
        return spec(UNCERTAINTY + seriesId.replace('.', '-').toLowerCase(Locale.ROOT),
                info.label() + ": range over " + String.format(Locale.ROOT, "%,d", bands.runs()) + " Monte Carlo runs",
                y, null, series, List.of());
    }

    private ChartSpec spec(String id, String title, AxisSpec y, AxisSpec y2, List<ChartSeries> series,
                           List<ReferenceLine> refs) {
        return new ChartSpec(id, title, subtitle(), YEAR, y, y2, run.years(), series, refs, stamp.sourceLine(),
                stamp.scenarioLine());
    }

    private String subtitle() {
        Scenario s = run.scenario();
        return String.format(Locale.ROOT, "Scenario: %s · %s demand · USD %.1f bn programme", s.name(),
                s.demandCase().label().toLowerCase(Locale.ROOT), s.totalInvestmentUsdBn());
    }

    private static Series demand(Stage stage) {
        return switch (stage) {
            case MINING -> Series.DEMAND_GLOBAL_MINING;
            case SEPARATION -> Series.DEMAND_GLOBAL_SEPARATION;
            case MAGNETS -> Series.DEMAND_GLOBAL_MAGNETS;
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
