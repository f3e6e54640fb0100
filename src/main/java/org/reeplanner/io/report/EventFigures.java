package org.reeplanner.io.report;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;

/**
 * A scenario's export restriction in the exports' words: what it hits, its months, how deep each month is, and what
 * each element group is left short — the figures the window's Stress tab shows.
 */
public final class EventFigures {
    private static final int MONTHS_PER_YEAR = 12;

    private EventFigures() {
    }

    /** "Heavy rare earths and magnets, April–June 2025, 43% / 73% / 30% withheld month by month". */
    public static String describe(DisruptionEvent e) {
        return e.target().label() + ", " + months(e) + ", " + depth(e);
    }

    /** The event's months: "April–June 2025", "November 2026–April 2027", "March 2027". */
    public static String months(DisruptionEvent e) {
        int lastMonth = (e.startMonth() - 1 + e.months() - 1) % MONTHS_PER_YEAR + 1;
        int lastYear = e.startYear() + (e.startMonth() - 1 + e.months() - 1) / MONTHS_PER_YEAR;
        String first = month(e.startMonth());
        if (e.months() == 1) {
            return first + " " + e.startYear();
        }
        return lastYear == e.startYear() ? first + "–" + month(lastMonth) + " " + lastYear
                : first + " " + e.startYear() + "–" + month(lastMonth) + " " + lastYear;
    }

    /** "43% / 73% / 30% withheld month by month", or "74% withheld" when every month is the same. */
    public static String depth(DisruptionEvent e) {
        if (!e.hasProfile()) {
            return Formats.percent(e.severity()) + " withheld";
        }
        List<String> months = new ArrayList<>();
        for (int k = 0; k < e.months(); k++) {
            months.add(Formats.percent(e.depth(k)));
        }
        return String.join(" / ", months) + " withheld month by month";
    }

    /** "5,151 t of magnets (NdFeB), 54 t of heavy oxide, 1,650 t REO in all" over the whole event. */
    public static String shortfalls(Projection run) {
        return String.format(Locale.ROOT, "%,.0f t of magnets (NdFeB), %,.0f t of heavy oxide, %,.0f t REO in all",
                EventShortfall.sum(run, Series.SHORTFALL_MAGNETS), EventShortfall.sum(run, Series.SHORTFALL_HEAVY),
                EventShortfall.tonnes(run));
    }

    /** "price ×2.8, Dy/Tb up to USD 1,117/kg": the event's largest multiplier and its dearest Dy/Tb year. */
    public static String prices(Projection run) {
        return String.format(Locale.ROOT, "price ×%.1f, Dy/Tb up to USD %,.0f/kg",
                EventShortfall.max(run, Series.PRICE_MULTIPLIER, 1), EventShortfall.max(run, Series.PRICE_DYTB, 0));
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

}
