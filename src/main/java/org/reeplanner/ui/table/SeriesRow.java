package org.reeplanner.ui.table;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the table: a series' label, stable id and unit, and its value per year as shown (updated in place). */
public final class SeriesRow {
    private final String label;
    private final String id;
    private final String unit;
    private final List<ReadOnlyStringWrapper> cells = new ArrayList<>();
    private double[] values = new double[0];

    SeriesRow(String label, String id, String unit) {
        this.label = label;
        this.id = id;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** The shown text of the year at {@code index}. */
    public ReadOnlyStringProperty cell(int index) {
        return cells.get(index).getReadOnlyProperty();
    }

    double[] values() {
        return values;
    }

    void update(double[] newValues, String[] texts) {
        values = newValues;
        while (cells.size() < texts.length) {
            cells.add(new ReadOnlyStringWrapper(this, "cell" + cells.size(), ""));
        }
        for (int i = 0; i < texts.length; i++) {
            cells.get(i).set(texts[i]);
        }
    }
}
