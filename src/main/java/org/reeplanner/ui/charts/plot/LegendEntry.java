package org.reeplanner.ui.charts.plot;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One entry of a chart's legend: a name, a colour class, whether it is dashed, and whether the lines it stands for
 * are shown (a quantity's line, or all the dashed no-new-investment ghosts at once); clicking it flips that.
 */
public final class LegendEntry {
    private final String key;
    private final String name;
    private final String colourClass;
    private final boolean dashed;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available", true);

    LegendEntry(String key, String name, String colourClass, boolean dashed) {
        this.key = key;
        this.name = name;
        this.colourClass = colourClass;
        this.dashed = dashed;
    }

    /** A stable key for ids, e.g. {@code allied} or {@code baseline}. */
    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String colourClass() {
        return colourClass;
    }

    public boolean isDashed() {
        return dashed;
    }

    /** Whether the entry's lines are drawn; clicking the entry flips it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Whether the entry belongs to what the chart shows now (e.g. heavy demand only in the heavy view). */
    public BooleanProperty availableProperty() {
        return available;
    }

    public void toggle() {
        shown.set(!shown.get());
    }
}
