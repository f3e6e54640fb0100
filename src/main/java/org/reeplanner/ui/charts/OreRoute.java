package org.reeplanner.ui.charts;

import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.model.Series;

/** Where a tonne of allied ore goes in a year; the four routes add up to allied mine output. */
public enum OreRoute {
    ALLIED_REFINING("allied", Series.ORE_ALLIED_TO_ALLIED),
    TOLLED_ABROAD("row", Series.ORE_ALLIED_TO_ROW),
    SOLD_TO_CHINA("china", Series.ORE_ALLIED_TO_CHINA),
    STOCKPILED("stock", Series.ORE_ALLIED_STOCKPILED);

    private final String key;
    private final Series series;

    OreRoute(String key, Series series) {
        this.key = key;
        this.series = series;
    }

    /** The route's stable key, used in ids ({@code ore-flow-china}). */
    public String key() {
        return key;
    }

    public Series series() {
        return series;
    }

    /** The route's name, as the catalogue's ore chart names it. */
    public String title() {
        return SeriesDefinition.in(ChartCatalog.oreRoutes(), key).label();
    }

    /** The CSS class that colours the route's band, as the charts colour the region. */
    public String colourClass() {
        return "series-" + SeriesDefinition.in(ChartCatalog.oreRoutes(), key).colour().themeName();
    }
}
