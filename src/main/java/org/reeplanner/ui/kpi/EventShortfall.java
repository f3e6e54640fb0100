package org.reeplanner.ui.kpi;

import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;

/**
 * The one shortfall figure the window shows for a scenario with an export restriction: the allied shortfall of the
 * whole event (every year of the horizon), against the same event with no new investment. The KPI card, the Stress
 * tab and the summary under the cards all report this number, so that they never disagree.
 */
public final class EventShortfall {
    private EventShortfall() {
    }

    /** The scenario's restriction when it is switched on, else null. */
    public static DisruptionEvent eventOf(Projection scenario) {
        DisruptionEvent e = scenario.scenario().disruption();
        return e != null && e.enabled() ? e : null;
    }

    /** The shortfall of the whole event, t REO. */
    public static double tonnes(Projection projection) {
        double total = 0;
        for (double t : projection.values(Series.SHORTFALL)) {
            total += t;
        }
        return total;
    }

    /** The event's shortfall as a KPI against the baseline (lower is better). */
    static Kpi kpi(Projection scenario, Projection baseline) {
        return new Kpi(Series.SHORTFALL.id(), Series.SHORTFALL.label(), Unit.TONNES_REO, tonnes(scenario),
                tonnes(baseline), Kpi.Better.LOWER);
    }
}
