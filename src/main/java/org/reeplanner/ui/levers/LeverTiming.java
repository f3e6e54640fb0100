package org.reeplanner.ui.levers;

import org.reeplanner.model.ScenarioRules;

/** The allowed timing of a lever's programme: it may start in any year of the horizon and must end by its end. */
final class LeverTiming {
    private static final double[] STEPS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
    private final int endYear;

    LeverTiming(int endYear) {
        this.endYear = endYear;
    }

    int endYear() {
        return endYear;
    }

    /** The longest duration (at least one year) for a programme starting in {@code startYear}. */
    int maxDuration(int startYear) {
        return Math.max(1, Math.min(ScenarioRules.MAX_DURATION_YEARS, endYear - startYear + 1));
    }

    /** The largest round step not above {@code rough}, and never below 0.01. */
    static double niceStep(double rough) {
        double best = STEPS[0];
        for (double s : STEPS) {
            if (s <= rough + 1e-12) {
                best = s;
            }
        }
        return best;
    }
}
