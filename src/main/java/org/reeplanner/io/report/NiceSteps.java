package org.reeplanner.io.report;

/**
 * Round axis bounds and ticks, one rule for the window's charts and the exported pictures: the step is 1, 2, 2.5 or
 * 5 times a power of ten, the smallest that gives about {@value #TARGET_TICKS} intervals over the data and
 * {@value #HEADROOM}× headroom, and the bounds are multiples of it. Scaling the data by a power of ten (fractions
 * to percent, tonnes to kilotonnes) scales the ticks alike, so an axis in model units and one in display units agree.
 *
 * @param lower the first tick
 * @param upper the last tick, or the axis's end when it is fixed
 * @param step  the distance between ticks
 */
public record NiceSteps(double lower, double upper, double step) {
    /** About how many intervals an axis gets. */
    public static final int TARGET_TICKS = 5;
    /** Room above the largest value (and below the smallest, when the axis does not start at zero). */
    public static final double HEADROOM = 1.05;
    /** The axis of a chart with nothing above zero. */
    public static final NiceSteps EMPTY = new NiceSteps(0, 1, 0.2);
    private static final double[] MULTIPLES = {1, 2, 2.5, 5, 10};
    private static final double CLOSE_SPAN = 0.02;

    /** 1, 2, 2.5 or 5 times a power of ten, the smallest not below {@code rough}. */
    public static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : MULTIPLES) {
            if (m * power >= rough * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** An axis from zero up to a round bound above {@code max}; {@link #EMPTY} when {@code max} is not above 0. */
    public static NiceSteps fromZero(double max) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return EMPTY;
        }
        double step = step(max * HEADROOM / TARGET_TICKS);
        return new NiceSteps(0, Math.max(step, Math.ceil(max * HEADROOM / step) * step), step);
    }

    /**
     * An axis close around {@code min}–{@code max} with round bounds, not from zero (though never below it for data
     * that are not): for charts that show how far apart nearby values are, such as an uncertainty fan.
     */
    public static NiceSteps around(double min, double max) {
        double span = Math.max(max - min, Math.max(Math.abs(max), 1e-9) * CLOSE_SPAN);
        double step = step(span * HEADROOM / TARGET_TICKS);
        double from = Math.floor((min - span * (HEADROOM - 1)) / step) * step;
        double to = Math.ceil((max + span * (HEADROOM - 1)) / step) * step;
        return new NiceSteps(min >= 0 ? Math.max(0, from) : from, to, step);
    }

    /** Ticks that just cover {@code min}–{@code max} without headroom (study charts), widened when the two meet. */
    public static NiceSteps covering(double min, double max) {
        double lo = min;
        double hi = max;
        if (!(hi > lo)) {
            double pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double step = step((hi - lo) / TARGET_TICKS);
        return new NiceSteps(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    /** A fixed range such as 0–100 %, with the step the rule gives for its length. */
    public static NiceSteps fixed(double lower, double upper) {
        return new NiceSteps(lower, upper, step((upper - lower) / TARGET_TICKS));
    }

    /**
     * The axis of an exported chart (see {@link AxisSpec}) for data from {@code dataMin} to {@code dataMax}: the
     * window's rule for the same kind of axis ({@link #fromZero}, {@link #around}, {@link #fixed}), a fixed bound
     * kept as given.
     */
    public static NiceSteps forAxis(double dataMin, double dataMax, Double fixedMin, Double fixedMax,
                                    boolean fromZero) {
        if (fixedMin != null && fixedMax != null) {
            return fixed(fixedMin, fixedMax);
        }
        double lo = fixedMin != null ? fixedMin : fromZero ? Math.min(0, dataMin) : dataMin;
        double hi = fixedMax != null ? fixedMax : dataMax;
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return EMPTY;
        }
        NiceSteps free;
        if (lo == 0) {
            free = fromZero(hi);
        } else {
            if (hi <= lo) {
                double margin = Math.abs(lo) * (HEADROOM - 1);
                hi = lo + margin;
                lo = fromZero || fixedMin != null ? lo : lo - margin;
            }
            free = around(lo, hi);
        }
        return fixedMin != null ? new NiceSteps(fixedMin, free.upper, free.step)
                : fixedMax != null ? new NiceSteps(free.lower, fixedMax, free.step) : free;
    }

    /**
     * A second axis for {@code dataMin}–{@code dataMax} with as many intervals as this one, so that both share the
     * grid lines: from zero when the data allow it, and a round step.
     */
    public NiceSteps aligned(double dataMin, double dataMax) {
        int intervals = count() - 1;
        double lo = Math.min(0, dataMin);
        double hi = dataMax > lo ? dataMax : lo + 1;
        double step = step((hi - lo) / intervals);
        double from = Math.floor(lo / step) * step;
        return new NiceSteps(from, from + step * intervals, step);
    }

    /** How many ticks, both ends included. */
    public int count() {
        return (int) Math.floor((upper - lower) / step + 1e-6) + 1;
    }

    public double tick(int i) {
        return lower + i * step;
    }

    /** The fraction of the axis's length at which {@code v} sits: 0 at {@link #lower}, 1 at {@link #upper}. */
    public double position(double v) {
        return (v - lower) / (upper - lower);
    }
}
