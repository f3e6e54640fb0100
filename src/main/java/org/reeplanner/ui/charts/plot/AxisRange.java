package org.reeplanner.ui.charts.plot;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.reeplanner.io.report.NiceSteps;

/**
 * A value axis range that stays put while the data moves inside it, so a dragged slider does not cost a new axis
 * layout per frame: it grows to a round bound when a value leaves it and shrinks only when the data has fallen well
 * below it (under {@value #SHRINK_BELOW} of the range). Its bounds and ticks follow {@link NiceSteps}, as the exported
 * pictures' do.
 */
public final class AxisRange {
    static final double SHRINK_BELOW = 0.4;
    private static final double EMPTY_TICK = NiceSteps.EMPTY.step();

    private final ReadOnlyDoubleWrapper lower = new ReadOnlyDoubleWrapper(this, "lower", 0);
    private final ReadOnlyDoubleWrapper upper = new ReadOnlyDoubleWrapper(this, "upper", 1);
    private final ReadOnlyDoubleWrapper tick = new ReadOnlyDoubleWrapper(this, "tick", 0.2);
    private final boolean fixed;

    private AxisRange(double upper, double tick, boolean fixed) {
        this.upper.set(upper);
        this.tick.set(tick);
        this.fixed = fixed;
    }

    /** A range from 0 that follows the data. */
    public static AxisRange fitting() {
        return new AxisRange(1, EMPTY_TICK, false);
    }

    /** A range the chart sets around its data with {@link #zoomTo}, e.g. an uncertainty fan. */
    public static AxisRange zoomed() {
        return new AxisRange(1, EMPTY_TICK, true);
    }

    /** A range that never changes, e.g. 0–100 % for shares. */
    public static AxisRange fixed(double upper, double tick) {
        return new AxisRange(upper, tick, true);
    }

    /** The axis's lower bound: 0 unless {@link #zoomTo} moved it. */
    public ReadOnlyDoubleProperty lowerProperty() {
        return lower.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty upperProperty() {
        return upper.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty tickProperty() {
        return tick.getReadOnlyProperty();
    }

    public double upper() {
        return upper.get();
    }

    public double tick() {
        return tick.get();
    }

    /** Makes room for data up to {@code max}; returns whether the range changed. */
    boolean fit(double max) {
        if (fixed || !Double.isFinite(max)) {
            return false;
        }
        double top = upper.get();
        if (max <= top && max >= top * SHRINK_BELOW) {
            return false;
        }
        NiceSteps round = NiceSteps.fromZero(max);
        tick.set(round.step());
        upper.set(round.upper());
        return max > 0 || top != 1;
    }

    /**
     * Fits the range closely around {@code min}–{@code max} with round bounds (not from 0): for charts that show how
     * far apart nearby values are, such as an uncertainty fan. Later {@link #fit} calls leave it alone.
     */
    public void zoomTo(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return;
        }
        NiceSteps round = NiceSteps.around(min, max);
        tick.set(round.step());
        lower.set(round.lower());
        upper.set(round.upper());
    }
}
