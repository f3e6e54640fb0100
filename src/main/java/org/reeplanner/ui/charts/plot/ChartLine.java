package org.reeplanner.ui.charts.plot;

import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One drawn series as a view model sees it: a stable key (used in ids), a name for people, how it is drawn, a
 * colour class, whether it is shown, and its points in axis units. The model's own values (before scaling or
 * stacking) are kept for hover texts. Values change in place; the point list is only replaced when the years change.
 */
public final class ChartLine {

    /** How a line is drawn: a band of a stacked area, a solid line, or the dashed no-new-investment ghost. */
    public enum Kind { STACKED, LINE, GHOST }

    private final String key;
    private final String name;
    private final Kind kind;
    private final String colour;
    private final DoubleFunction<String> format;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> readOnlyPoints = FXCollections.unmodifiableObservableList(points);
    private double[] values = new double[0];

    /** {@code colour} is a CSS class suffix such as {@code region-china}; {@code format} writes a model value. */
    ChartLine(String key, String name, Kind kind, String colour, DoubleFunction<String> format) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.colour = colour;
        this.format = format;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isGhost() {
        return kind == Kind.GHOST;
    }

    /** The colour's name, e.g. {@code region-china}. */
    public String colour() {
        return colour;
    }

    /** How the line writes one of its model values, e.g. "35.6 kt". */
    DoubleFunction<String> format() {
        return format;
    }

    /** The CSS class that gives the line its colour, e.g. {@code series-region-china}. */
    public String colourClass() {
        return "series-" + colour;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public ObservableList<ChartPoint> points() {
        return readOnlyPoints;
    }

    /** The model's value in the year at {@code index}, formatted with its unit ("35.6 kt", "91%"). */
    public String describe(int index) {
        return index >= 0 && index < values.length ? format.apply(values[index]) : "";
    }

    /** The model's value in the year at {@code index}, or NaN. */
    public double value(int index) {
        return index >= 0 && index < values.length ? values[index] : Double.NaN;
    }

    /** Shows {@code model × scale}: the line's own values. */
    public void set(int[] years, double[] model, double scale) {
        set(years, model, model, scale);
    }

    /** Shows {@code shown × scale} and describes {@code model}: a ghost of a stack band's upper edge. */
    public void set(int[] years, double[] shown, double[] model, double scale) {
        values = model;
        ensureYears(years);
        for (int i = 0; i < years.length; i++) {
            points.get(i).setValue(shown[i] * scale);
        }
    }

    /** Shows {@code (base + model) × scale} and adds the values to {@code base}: one band of a stack. */
    void stackOn(int[] years, double[] model, double[] base, double scale) {
        values = model;
        ensureYears(years);
        for (int i = 0; i < years.length; i++) {
            if (visible.get()) {
                base[i] += model[i];
            }
            points.get(i).setValue(base[i] * scale);
        }
    }

    /** The largest value shown, or 0 when hidden. */
    double maxShown() {
        if (!visible.get()) {
            return 0;
        }
        double max = 0;
        for (ChartPoint p : points) {
            max = Math.max(max, p.value());
        }
        return max;
    }

    private void ensureYears(int[] years) {
        boolean same = points.size() == years.length && (years.length == 0 || points.get(0).year() == years[0]);
        if (!same) {
            ChartPoint[] fresh = new ChartPoint[years.length];
            for (int i = 0; i < years.length; i++) {
                fresh[i] = new ChartPoint(years[i], 0);
            }
            points.setAll(fresh);
        }
    }
}
