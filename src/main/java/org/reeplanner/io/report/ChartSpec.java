package org.reeplanner.io.report;

import java.util.List;

/**
 * A toolkit-free description of one chart: titles, axes, the series year by year, reference lines and the source
 * and stamp lines printed under it. Built by {@link StandardCharts}; drawn by the PNG renderer, the deck and the
 * app. {@code id} is a file-name stem such as {@code china-share}; {@code y2} is null without a right-hand axis.
 */
public record ChartSpec(String id, String title, String subtitle, String xTitle, AxisSpec y, AxisSpec y2,
                        int[] years, List<ChartSeries> series, List<ReferenceLine> references, String sourceLine,
                        String stamp) {

    public ChartSpec {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id must be a lower-case file stem, got '" + id + "'");
        }
        series = List.copyOf(series);
        references = List.copyOf(references);
        for (ChartSeries s : series) {
            if (s.values().length != years.length) {
                throw new IllegalArgumentException(id + ": series '" + s.name() + "' has " + s.values().length
                        + " values for " + years.length + " years");
            }
            if (s.secondaryAxis() && y2 == null) {
                throw new IllegalArgumentException(id + ": series '" + s.name() + "' needs a right-hand axis");
            }
        }
    }

    /** The same chart without its title, for slides whose title already says it. */
    public ChartSpec withoutTitle() {
        return new ChartSpec(id, "", subtitle, xTitle, y, y2, years, series, references, sourceLine, stamp);
    }
}
