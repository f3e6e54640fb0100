package org.reeplanner.io.report;

import java.util.List;

/**
 * One chart of the {@link ChartCatalog}: its id (the exported file's stem, e.g. {@code china-share}), title, value
 * axes ({@code y2} null without a right-hand axis) and its named series. The window's chart and every export of it
 * read these, so they say the same.
 */
public record ChartDefinition(String id, String title, AxisSpec y, AxisSpec y2, List<SeriesDefinition> series) {

    public ChartDefinition {
        series = List.copyOf(series);
    }

    /** The series named {@code key}. */
    public SeriesDefinition series(String key) {
        return SeriesDefinition.in(series, key);
    }

    /** The label of the series named {@code key}. */
    public String label(String key) {
        return series(key).label();
    }

    /** The colour of the series named {@code key}. */
    public ColourRole colour(String key) {
        return series(key).colour();
    }
}
