package org.reeplanner.io.png;

/** Round axis bounds and a tick step for a data range, e.g. 0–273,000 becomes 0–300,000 in steps of 50,000. */
record NiceScale(double min, double max, double step) {
    private static final int TARGET_TICKS = 6;

    static NiceScale of(double dataMin, double dataMax, Double fixedMin, Double fixedMax, boolean fromZero) {
        double lo = fixedMin != null ? fixedMin : fromZero ? Math.min(0, dataMin) : dataMin;
        double hi = fixedMax != null ? fixedMax : dataMax;
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi <= lo) {
            double margin = lo == 0 ? 1 : Math.abs(lo) * 0.05;
            hi = lo + margin;
            lo = fromZero || fixedMin != null ? lo : lo - margin;
        }
        double step = nice((hi - lo) / (TARGET_TICKS - 1), true);
        double niceLo = fixedMin != null ? lo : Math.floor(lo / step) * step;
        double niceHi = fixedMax != null ? hi : Math.ceil(hi / step - 1e-9) * step;
        return new NiceScale(niceLo, niceHi, step);
    }

    /**
     * A scale for a second axis with the same number of ticks as {@code primary}, so both share the grid lines:
     * zero at the bottom when the data allow it, and a round step.
     */
    static NiceScale aligned(double dataMin, double dataMax, NiceScale primary) {
        int intervals = primary.tickCount() - 1;
        double lo = Math.min(0, dataMin);
        double hi = dataMax > lo ? dataMax : lo + 1;
        double raw = (hi - lo) / intervals;
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * exp;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * exp >= raw * (1 - 1e-9)) {
                step = m * exp;
                break;
            }
        }
        double niceLo = Math.floor(lo / step) * step;
        return new NiceScale(niceLo, niceLo + step * intervals, step);
    }

    int tickCount() {
        return (int) Math.floor((max - min) / step + 1e-6) + 1;
    }

    double tick(int i) {
        return min + i * step;
    }

    /** The fraction of the axis length at which {@code v} sits (0 at min, 1 at max). */
    double position(double v) {
        return (v - min) / (max - min);
    }

    private static double nice(double x, boolean round) {
        double exp = Math.floor(Math.log10(x));
        double f = x / Math.pow(10, exp);
        double nf;
        if (round) {
            nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        } else {
            nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        }
        return nf * Math.pow(10, exp);
    }
}
