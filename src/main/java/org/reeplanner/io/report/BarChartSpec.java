package org.reeplanner.io.report;

import java.util.List;

/**
 * A toolkit-free chart of horizontal bars, one row per input or step, such as a tornado or an attribution waterfall:
 * each row holds floating segments from one value to another on the value axis {@code x}; {@code reference} is a
 * vertical line (e.g. the base result, null for none) and {@code legend} says what the colours mean (lines and
 * bars as in {@link ChartSeries}, without values); {@code aboveZero} is the axis title to show instead when the
 * axis does not start at zero though bars run from its start (totals of a waterfall), null for none. Built by
 * {@link StudyCharts}; drawn by the PNG renderer.
 */
public record BarChartSpec(String id, String title, String subtitle, AxisSpec x, List<Row> rows,
                           ReferenceLine reference, List<ChartSeries> legend, String sourceLine, String stamp,
                           String aboveZero) {

    /** One bar of the chart: its label, its segments and the value text printed beside it. */
    public record Row(String label, List<Segment> segments, String valueText) {

        public Row {
            segments = List.copyOf(segments);
        }
    }

    /** A floating bar segment from {@code from} to {@code to} (model units), colour as 0xRRGGBB. */
    public record Segment(double from, double to, int rgb) {
    }

    public BarChartSpec {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id must be a lower-case file stem, got '" + id + "'");
        }
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }

    /** A legend key for bars of colour {@code role}. */
    static ChartSeries barKey(SeriesDefinition s) {
        return ChartSeries.bar(s.label(), s.colour().rgb(), new double[0]);
    }

    /** A legend key for a line of colour {@code role}. */
    static ChartSeries lineKey(SeriesDefinition s) {
        return ChartSeries.line(s.label(), s.colour().rgb(), new double[0]);
    }
}
