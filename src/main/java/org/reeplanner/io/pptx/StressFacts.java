package org.reeplanner.io.pptx;

import java.util.Locale;
import org.reeplanner.io.report.EventFigures;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;

/**
 * What the scenario's own disruption event does, summed over the calendar years it touches: the shortfall of oxide,
 * heavy rare earths and magnets, the worst price multiplier and the economic cost, all from {@link EventShortfall}
 * (the figures the window's card and Stress tab show). The stress slide headlines these rather than the
 * hypothetical "if a ban began in the target year" curve.
 */
record StressFacts(DisruptionEvent event, int firstYear, int lastYear, double shortfallT, double heavyT,
                   double magnetsT, double priceMultiplier, double costUsdBn) {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** The event's effects, or null when the scenario has no enabled event. */
    static StressFacts of(Projection run) {
        DisruptionEvent e = EventShortfall.eventOf(run);
        if (e == null) {
            return null;
        }
        return new StressFacts(e, EventShortfall.firstYear(run, e), EventShortfall.lastYear(run, e),
                EventShortfall.tonnes(run), EventShortfall.sum(run, Series.SHORTFALL_HEAVY),
                EventShortfall.sum(run, Series.SHORTFALL_MAGNETS),
                Math.max(1, EventShortfall.max(run, Series.PRICE_MULTIPLIER, 1)),
                EventShortfall.sum(run, Series.SHORTFALL_COST));
    }

    /** E.g. "heavy rare earths and magnets from April 2025, 6 months, worst month 74 % withheld". */
    String eventText() {
        return String.format(Locale.ROOT, "%s from %s %d, %d months, worst month %.0f%% withheld",
                event.target().label().toLowerCase(Locale.ROOT), MONTHS[Math.max(0, Math.min(11,
                        event.startMonth() - 1))], event.startYear(), event.months(), 100 * event.worstDepth());
    }

    String years() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
    }

    /**
     * The slide headline, at most two lines: what the event hits and when, what allied buyers are left short (in
     * t REO; the notes split it by group), the price multiplier and the economic cost, e.g. "Heavy rare earths and
     * magnets, April–June 2025: 1,651 t REO short; prices ×2.8, cost USD 3.9 bn".
     */
    String headline() {
        return event.target().label() + ", " + EventFigures.months(event) + ": "
                + String.format(Locale.ROOT, "%,.0f t REO short; prices ×%.1f, cost USD %.1f bn", shortfallT,
                priceMultiplier, costUsdBn);
    }

    /** The speaker notes' paragraph: every figure of the event with its series ID. */
    String notes() {
        return String.format(Locale.ROOT, "The scenario's event: %s.%nIn %s: oxide shortfall %s (shortfall.t), "
                + "of which heavy rare earths %s (shortfall.heavy.t); magnet shortfall %s NdFeB "
                + "(shortfall.magnets.t); price multiplier up to ×%.2f (price.multiplier); economic cost "
                + "USD %.2f bn (shortfall.cost.usdBn).", eventText(), years(), tonnes(shortfallT), tonnes(heavyT),
                tonnes(magnetsT), priceMultiplier, costUsdBn);
    }

    static String tonnes(double t) {
        return t < 0.5 ? "nothing" : String.format(Locale.ROOT, "%,.0f t", t);
    }
}
