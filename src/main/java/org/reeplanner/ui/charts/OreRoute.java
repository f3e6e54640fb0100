package org.reeplanner.ui.charts;

import org.reeplanner.model.Series;
import org.reeplanner.ui.common.Messages;

/** Where a tonne of allied ore goes in a year; the four routes add up to allied mine output. */
public enum OreRoute {
    ALLIED_REFINING("allied", Series.ORE_ALLIED_TO_ALLIED, Messages.key("oreFlow.toAllied"), "region-allied"),
    TOLLED_ABROAD("row", Series.ORE_ALLIED_TO_ROW, Messages.key("oreFlow.toRow"), "region-row"),
    SOLD_TO_CHINA("china", Series.ORE_ALLIED_TO_CHINA, Messages.key("oreFlow.toChina"), "region-china"),
    STOCKPILED("stock", Series.ORE_ALLIED_STOCKPILED, Messages.key("oreFlow.stockpiled"), "stockpile");

    private final String key;
    private final Series series;
    private final String title;
    private final String colour;

    OreRoute(String key, Series series, String title, String colour) {
        this.key = key;
        this.series = series;
        this.title = title;
        this.colour = colour;
    }

    /** The route's stable key, used in ids ({@code ore-flow-china}). */
    public String key() {
        return key;
    }

    public Series series() {
        return series;
    }

    public String title() {
        return Messages.get(title);
    }

    /** The CSS class that colours the route's band, as the charts colour the region. */
    public String colourClass() {
        return "series-" + colour;
    }
}
