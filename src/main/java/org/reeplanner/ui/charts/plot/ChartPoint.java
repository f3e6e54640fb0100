package org.reeplanner.ui.charts.plot;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** One point of a chart line: a fixed year and a value the view model changes in place. */
public final class ChartPoint {
    private final int year;
    private final ReadOnlyDoubleWrapper value;

    ChartPoint(int year, double value) {
        this.year = year;
        this.value = new ReadOnlyDoubleWrapper(this, "value", value);
    }

    public int year() {
        return year;
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public double value() {
        return value.get();
    }

    void setValue(double v) {
        value.set(v);
    }
}
