package org.reeplanner.model;

/** S-shaped ramps used for lead times: 0 before, 1 after, a smoothstep in between. */
final class Ramp {
    private Ramp() {
    }

    static double smoothstep(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        return x * x * (3 - 2 * x);
    }
}
