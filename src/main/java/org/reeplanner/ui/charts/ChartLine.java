package org.reeplanner.ui.charts;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One line of a chart as a view model sees it: a stable key (also its CSS style class), a name for people, whether
 * it is the dashed no-new-investment baseline, and its points. Values change in place; the point list is only
 * replaced when the number of years changes.
 */
public final class ChartLine {
    private final String key;
    private final String name;
    private final boolean baseline;
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();

    ChartLine(String key, String name, boolean baseline) {
        this.key = key;
        this.name = name;
        this.baseline = baseline;
    }

    /** A stable key such as {@code mining}; the baseline line of the same quantity has the same key. */
    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public boolean isBaseline() {
        return baseline;
    }

    public ObservableList<ChartPoint> points() {
        return points;
    }

    /** Sets the values in place, or rebuilds the points when the years differ from the current ones. */
    void update(int[] years, double[] values, double scale) {
        if (!sameYears(years)) {
            ChartPoint[] fresh = new ChartPoint[years.length];
            for (int i = 0; i < years.length; i++) {
                fresh[i] = new ChartPoint(years[i], values[i] * scale);
            }
            points.setAll(fresh);
            return;
        }
        for (int i = 0; i < years.length; i++) {
            points.get(i).setValue(values[i] * scale);
        }
    }

    private boolean sameYears(int[] years) {
        if (points.size() != years.length) {
            return false;
        }
        return years.length == 0 || points.get(0).year() == years[0];
    }
}
