package org.reeplanner.ui.charts;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One figure of the stress-test summary: a stable id, its name, its value and how it compares. */
public final class StressFigure {
    private final String id;
    private final String name;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper(this, "comparison", "");

    StressFigure(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** The node id, e.g. {@code stress-shortfall}. */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** "6.0 kt REO". */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** "−1.2 kt REO vs no new investment". */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    void show(String shown, String compared) {
        value.set(shown);
        comparison.set(compared);
    }
}
