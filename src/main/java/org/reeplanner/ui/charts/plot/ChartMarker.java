package org.reeplanner.ui.charts.plot;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A mark drawn across a chart's plot: a horizontal line at a value (a target) or a band between two years (a
 * disruption), with a short label. Positions are in axis units and may change.
 */
public final class ChartMarker {

    /** Whether the mark is a horizontal line or a vertical band. */
    public enum Kind { HORIZONTAL_LINE, YEAR_BAND }

    private final Kind kind;
    private final String styleClass;
    private final DoubleProperty from = new SimpleDoubleProperty(this, "from");
    private final DoubleProperty to = new SimpleDoubleProperty(this, "to");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);

    ChartMarker(Kind kind, String styleClass) {
        this.kind = kind;
        this.styleClass = styleClass;
    }

    public Kind kind() {
        return kind;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The line's value, or the band's first year (from its start). */
    public DoubleProperty fromProperty() {
        return from;
    }

    /** The band's end (a fractional year); unused by a line. */
    public DoubleProperty toProperty() {
        return to;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    /**
     * The highest shown reference line (a target, a price floor) among {@code markers}, 0 without one: it stays on
     * the plot even when the data sit well below it.
     */
    static double highestReference(List<ChartMarker> markers) {
        double max = 0;
        for (ChartMarker m : markers) {
            if (m.kind() == Kind.HORIZONTAL_LINE && m.visibleProperty().get()) {
                max = Math.max(max, m.fromProperty().get());
            }
        }
        return max;
    }
}
