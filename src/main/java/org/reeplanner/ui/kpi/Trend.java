package org.reeplanner.ui.kpi;

import org.reeplanner.model.Kpi;

/** Which way a result moved against the no-new-investment baseline, as the colour of its card shows it. */
public enum Trend {
    BETTER("better"),
    WORSE("worse"),
    /** Changed, but neither direction is good or bad (money spent). */
    CHANGED("changed"),
    UNCHANGED("unchanged");

    private final String cssName;

    Trend(String cssName) {
        this.cssName = cssName;
    }

    /** The CSS pseudo-class name a view sets for this trend, e.g. {@code :better}. */
    public String cssName() {
        return cssName;
    }

    public static Trend of(Kpi kpi) {
        if (kpi.improves()) {
            return BETTER;
        }
        if (kpi.worsens()) {
            return WORSE;
        }
        return Math.abs(kpi.change()) > 1e-12 ? CHANGED : UNCHANGED;
    }
}
