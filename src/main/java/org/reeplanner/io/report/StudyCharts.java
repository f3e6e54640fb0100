package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.AttributionResult;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * The window's two study charts as exported bar charts, labelled from the {@link ChartCatalog}: the tornado (each
 * input at its low and high end around the base result, widest first) and the attribution waterfall (from the
 * no-new-investment baseline through each lever and the changed assumptions to the scenario). Empty when the export
 * carries no such study.
 */
public final class StudyCharts {
    /** The tornado's rows at most, on screen and in exports: the widest inputs, the rest left out. */
    public static final int MAX_BARS = 15;
    private static final double NO_EFFECT = 1e-12;
    private final ReportContent content;
    private final ChartFrame frame;

    public StudyCharts(ReportContent content) {
        this.content = content;
        this.frame = new ChartFrame(content.scenario(), content.stamp());
    }

    /** The tornado and the attribution the content carries, in that order. */
    public List<BarChartSpec> all() {
        List<BarChartSpec> charts = new ArrayList<>();
        if (content.sensitivity() != null && !content.sensitivity().bars().isEmpty()) {
            charts.add(tornado());
        }
        if (content.attribution() != null) {
            charts.add(attribution());
        }
        return charts;
    }

    /** The tornado of the exported sensitivity study. */
    public BarChartSpec tornado() {
        Sensitivity s = content.sensitivity();
        Unit unit = s.series().unit();
        AxisFormat format = AxisFormat.of(unit);
        Series series = Series.byId(s.series().id());
        String name = series == null ? s.series().label() : StudyNames.of(series);
        ChartDefinition d = ChartCatalog.tornado(name, s.year(), ChartFrame.axisUnit(format, unit), format);
        int low = d.colour("low").rgb();
        int high = d.colour("high").rgb();
        double base = s.bars().get(0).outputBase();
        List<BarChartSpec.Row> rows = new ArrayList<>();
        for (TornadoBar b : s.bars()) {
            if (rows.size() == MAX_BARS || b.swing() <= NO_EFFECT) {
                break;
            }
            rows.add(new BarChartSpec.Row(b.label(), List.of(new BarChartSpec.Segment(base, b.outputLow(), low),
                    new BarChartSpec.Segment(base, b.outputHigh(), high)), Formats.value(unit, b.outputLow())
                    + " to " + Formats.value(unit, b.outputHigh())));
        }
        return new BarChartSpec(d.id(), d.title(), frame.subtitle(), d.y(), rows,
                new ReferenceLine(base, Formats.value(unit, base), d.colour("base").rgb()),
                List.of(BarChartSpec.barKey(d.series("low")), BarChartSpec.barKey(d.series("high")),
                        BarChartSpec.lineKey(d.series("base"))), frame.sourceLine(), frame.stampLine(), null);
    }

    /** The waterfall of the exported attribution: totals from the axis start, parts floating between them. */
    public BarChartSpec attribution() {
        AttributionResult a = content.attribution();
        Series series = Series.byId(a.seriesId());
        Unit unit = series == null ? Unit.INDEX : series.unit();
        String label = series == null ? a.seriesId() : StudyNames.of(series);
        AxisFormat format = AxisFormat.of(unit);
        ChartDefinition d = ChartCatalog.attribution(label, a.year(), Formats.change(unit, a.totalChange()),
                ChartFrame.axisUnit(format, unit), format);
        boolean lowerIsBetter = lowerIsBetter(a.seriesId());
        boolean neutral = a.seriesId().startsWith("spend.");
        List<BarChartSpec.Row> rows = new ArrayList<>();
        rows.add(total(d.label("baseline"), a.baselineValue(), d, unit));
        double running = a.baselineValue();
        FocusAreaCatalog catalog = content.scenario().focusAreas();
        List<Map.Entry<String, Double>> levers = a.leverEffects().entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) > NO_EFFECT && catalog.indexOf(e.getKey()) >= 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
                .toList();
        for (Map.Entry<String, Double> e : levers) {
            String name = catalog.areas().get(catalog.indexOf(e.getKey())).name();
            rows.add(part(name, running, e.getValue(), d, unit, lowerIsBetter, neutral));
            running += e.getValue();
        }
        rows.add(part(d.label("assumptions"), running, a.assumptionsEffect(), d, unit, lowerIsBetter, neutral));
        rows.add(total(d.label("scenario"), a.scenarioValue(), d, unit));
        return new BarChartSpec(d.id(), d.title(), frame.subtitle(), d.y(), rows, null, List.of(
                BarChartSpec.barKey(d.series("value")), BarChartSpec.barKey(d.series("better")),
                BarChartSpec.barKey(d.series("worse")), BarChartSpec.barKey(d.series("neutral"))),
                frame.sourceLine(), frame.stampLine(), ChartText.format("chart.attribution.aboveZero", d.y().title()));
    }

    /** A total drawn from the start of the axis ({@code NaN}) to its value. */
    private static BarChartSpec.Row total(String label, double value, ChartDefinition d, Unit unit) {
        return new BarChartSpec.Row(label, List.of(new BarChartSpec.Segment(Double.NaN, value,
                d.colour("value").rgb())), Formats.value(unit, value));
    }

    private static BarChartSpec.Row part(String label, double before, double effect, ChartDefinition d, Unit unit,
                                         boolean lowerIsBetter, boolean neutral) {
        String role = neutral || Math.abs(effect) <= NO_EFFECT ? "neutral"
                : (effect < 0) == lowerIsBetter ? "better" : "worse";
        return new BarChartSpec.Row(label, List.of(new BarChartSpec.Segment(before, before + effect,
                d.colour(role).rgb())), Formats.change(unit, effect));
    }

    private boolean lowerIsBetter(String seriesId) {
        return content.kpis().cards().stream().filter(k -> k.id().equals(seriesId)).findFirst()
                .map(Kpi::lowerIsBetter).orElse(seriesId.startsWith("share.china"));
    }
}
