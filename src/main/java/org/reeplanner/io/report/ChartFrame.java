package org.reeplanner.io.report;

import java.util.List;
import java.util.Locale;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Unit;

/**
 * What every exported chart of one run shares: the years, the subtitle naming the scenario, and the source and stamp
 * lines; and series made from a catalogue {@link SeriesDefinition}, so their names and colours are the window's.
 */
final class ChartFrame {
    private static final String YEAR = "Year";
    private final Projection run;
    private final ReportStamp stamp;

    ChartFrame(Projection run, ReportStamp stamp) {
        this.run = run;
        this.stamp = stamp;
    }

    /** A chart with the catalogue's id, title and axes. */
    ChartSpec spec(ChartDefinition d, List<ChartSeries> series, List<ReferenceLine> refs) {
        return spec(d.id(), d.title(), d.y(), d.y2(), series, refs);
    }

    /** A chart with the catalogue's id, title and axes, and {@code more} after the subtitle. */
    ChartSpec spec(ChartDefinition d, String more, List<ChartSeries> series) {
        return new ChartSpec(d.id(), d.title(), subtitle() + " · " + more, YEAR, d.y(), d.y2(), run.years(), series,
                List.of(), stamp.sourceLine(), stamp.scenarioLine());
    }

    ChartSpec spec(String id, String title, AxisSpec y, AxisSpec y2, List<ChartSeries> series,
                   List<ReferenceLine> refs) {
        return new ChartSpec(id, title, subtitle(), YEAR, y, y2, run.years(), series, refs, stamp.sourceLine(),
                stamp.scenarioLine());
    }

    /** A solid line named and coloured as the catalogue says. */
    static ChartSeries line(SeriesDefinition s, double[] values) {
        return ChartSeries.line(s.label(), s.colour().rgb(), values);
    }

    /** The dashed no-new-investment twin of a series, a shade darker so it shows over its own band. */
    static ChartSeries ghost(SeriesDefinition s, double[] values) {
        return ChartSeries.dashed(ChartCatalog.ghost(s.label()), s.colour().shade(0.75), values);
    }

    static ChartSeries area(SeriesDefinition s, double[] values) {
        return ChartSeries.area(s.label(), s.colour().rgb(), values);
    }

    /** The unit an axis title names for values of {@code unit} shown in {@code format}, e.g. "kt REO". */
    static String axisUnit(AxisFormat format, Unit unit) {
        return format == AxisFormat.PERCENT ? "%" : format == AxisFormat.THOUSAND_TONNES
                ? "k" + unit.symbol() : unit.symbol();
    }

    String sourceLine() {
        return stamp.sourceLine();
    }

    String stampLine() {
        return stamp.scenarioLine();
    }

    /** "Scenario: … · base demand · USD 5.5 bn programme". */
    String subtitle() {
        Scenario s = run.scenario();
        return String.format(Locale.ROOT, "Scenario: %s · %s demand · USD %.1f bn programme", s.name(),
                s.demandCase().label().toLowerCase(Locale.ROOT), s.totalInvestmentUsdBn());
    }
}
