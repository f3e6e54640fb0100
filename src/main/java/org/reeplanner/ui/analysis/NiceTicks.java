package org.reeplanner.ui.analysis;

/** Round tick marks for a value axis: a step of 1, 2, 2.5 or 5 times a power of ten, about five ticks in all. */
record NiceTicks(double lower, double upper, double step) {
    private static final int TARGET = 5;
    private static final double[] MULTIPLES = {1, 2, 2.5, 5, 10};

    /** Ticks covering {@code min}–{@code max} (and 0 when {@code withZero}), widened a little when they coincide. */
    static NiceTicks covering(double min, double max, boolean withZero) {
        double lo = withZero ? Math.min(0, min) : min;
        double hi = withZero ? Math.max(0, max) : max;
        if (!(hi > lo)) {
            double pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double step = step((hi - lo) / TARGET);
        return new NiceTicks(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : MULTIPLES) {
            if (m * power >= rough * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** How many ticks, both ends included. */
    int count() {
        return (int) Math.round((upper - lower) / step) + 1;
    }

    double tick(int i) {
        return lower + i * step;
    }
}
