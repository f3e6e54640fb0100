package org.reeplanner.model;

/**
 * The one definition of what a scenario's own export restriction does: each figure summed (or, for multipliers and
 * prices, the worst) over the calendar years the event touches, from its start year to the year of its last month
 * (an event from November runs into the next year), within the horizon. The window's KPI card and Stress tab, the
 * narrative, the workbook and the deck all read the shortfall from here, so they never disagree.
 */
public final class EventShortfall {
    private static final int MONTHS_PER_YEAR = 12;

    private EventShortfall() {
    }

    /** The scenario's restriction when it is switched on, else null. */
    public static DisruptionEvent eventOf(Projection projection) {
        DisruptionEvent e = projection.scenario().disruption();
        return e != null && e.enabled() ? e : null;
    }

    /** The first year of the event within the horizon (its start year, clipped). */
    public static int firstYear(Projection projection, DisruptionEvent e) {
        return Math.max(projection.firstYear(), Math.min(projection.lastYear(), e.startYear()));
    }

    /** The calendar year of the event's last month, clipped to the horizon and never before {@link #firstYear}. */
    public static int lastYear(Projection projection, DisruptionEvent e) {
        int last = e.startYear() + (e.startMonth() - 1 + e.months() - 1) / MONTHS_PER_YEAR;
        return Math.max(firstYear(projection, e), Math.min(projection.lastYear(), last));
    }

    /** The shortfall of the whole event, t REO; 0 without an event. */
    public static double tonnes(Projection projection) {
        return sum(projection, Series.SHORTFALL);
    }

    /** {@code series} summed over the event's years; 0 without an event. */
    public static double sum(Projection projection, Series series) {
        DisruptionEvent e = eventOf(projection);
        if (e == null) {
            return 0;
        }
        double total = 0;
        for (int y = firstYear(projection, e); y <= lastYear(projection, e); y++) {
            total += projection.value(series, y);
        }
        return total;
    }

    /** The largest value of {@code series} over the event's years, or {@code none} without an event. */
    public static double max(Projection projection, Series series, double none) {
        DisruptionEvent e = eventOf(projection);
        if (e == null) {
            return none;
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int y = firstYear(projection, e); y <= lastYear(projection, e); y++) {
            m = Math.max(m, projection.value(series, y));
        }
        return m;
    }

    /**
     * The event's shortfall as a KPI against the baseline (lower is better), labelled with the event's years:
     * "Shortfall in the 2027 restriction".
     */
    public static Kpi kpi(Projection scenario, Projection baseline) {
        DisruptionEvent e = eventOf(scenario);
        String years = e == null ? "" : firstYear(scenario, e) == lastYear(scenario, e)
                ? firstYear(scenario, e) + " " : firstYear(scenario, e) + "–" + lastYear(scenario, e) + " ";
        return new Kpi(Series.SHORTFALL.id(), "Shortfall in the " + years + "restriction", Unit.TONNES_REO,
                tonnes(scenario), tonnes(baseline), Kpi.Better.LOWER);
    }
}
