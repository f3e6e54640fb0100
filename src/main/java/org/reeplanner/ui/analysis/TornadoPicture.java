package org.reeplanner.ui.analysis;

import java.util.List;

/**
 * A tornado ready to draw: its title, the value axis's label, the base result (axis units and text), the bars widest
 * first, and how many inputs were left out (too small to see, or no effect).
 */
public record TornadoPicture(String title, String axisLabel, double base, String baseText, List<TornadoRow> rows,
                             int leftOut) {

    public TornadoPicture {
        rows = List.copyOf(rows);
    }

    /** The smallest value the axis must show: the base and every bar end. */
    public double min() {
        return rows.stream().mapToDouble(r -> Math.min(r.atLow(), r.atHigh())).reduce(base, Math::min);
    }

    /** The largest value the axis must show. */
    public double max() {
        return rows.stream().mapToDouble(r -> Math.max(r.atLow(), r.atHigh())).reduce(base, Math::max);
    }
}
