package org.reeplanner.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;

/**
 * How the window names an export restriction: what it hits, its months, and its month-by-month profile
 * ("Apr 43% · May 73% · Jun 30%"), shared by the Scenario events panel and the Stress tab.
 */
public final class EventTexts {
    private static final int MONTHS_PER_YEAR = 12;
    private static final List<String> SHORT = List.of(Messages.get("months.short").split(","));
    private static final List<String> LONG = List.of(Messages.get("months.long").split(","));

    private EventTexts() {
    }

    /** What the restriction hits, for people: "Heavy rare earths and magnets". */
    public static String target(DisruptionTarget target) {
        return switch (target) {
            case ALL_OXIDE -> Messages.get("target.allOxide");
            case HEAVY_AND_MAGNETS -> Messages.get("target.heavyAndMagnets");
            case HEAVY -> Messages.get("target.heavy");
            case MAGNETS -> Messages.get("target.magnets");
        };
    }

    /** "Apr" for 4. */
    public static String shortMonth(int month) {
        return SHORT.get(month - 1);
    }

    /** "April" for 4. */
    public static String longMonth(int month) {
        return LONG.get(month - 1);
    }

    /** The calendar month (1–12) of the event's month {@code k} (0 = its first), crossing the new year. */
    public static int calendarMonth(DisruptionEvent e, int k) {
        return (e.startMonth() - 1 + k) % MONTHS_PER_YEAR + 1;
    }

    /** Each month of the event as "Apr 43%", in order. */
    public static List<String> months(DisruptionEvent e) {
        List<String> out = new ArrayList<>(e.months());
        for (int k = 0; k < e.months(); k++) {
            out.add(shortMonth(calendarMonth(e, k)) + " " + Formats.percent(e.depth(k)));
        }
        return out;
    }

    /** The profile in one line, "Apr 43% · May 73% · Jun 30%"; empty when the event has one flat severity. */
    public static String profile(DisruptionEvent e) {
        return e.hasProfile() ? String.join(" \u00b7 ", months(e)) : "";
    }
}
