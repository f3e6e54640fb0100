package org.reeplanner.ui.charts;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.ui.common.Formats;
import org.reeplanner.ui.kpi.EventShortfall;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The stress test in four figures above its charts: shortfall, stockpile cover, price multiplier and economic cost
 * over the years of the scenario's export restriction, each against the same scenario with no new investment; with
 * no restriction, what the same event would do if it began in the cursor's year.
 */
public final class StressSummaryViewModel {
    private static final double MONTHS_PER_YEAR = 12;

    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final List<StressFigure> figures = List.of(
            new StressFigure("stress-shortfall", Messages.get("stress.shortfall")),
            new StressFigure("stress-cover", Messages.get("stress.cover")),
            new StressFigure("stress-price", Messages.get("stress.price")),
            new StressFigure("stress-cost", Messages.get("stress.cost")));

    public StressSummaryViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        this.results = results;
        this.cursor = cursor;
        results.subscribe(r -> refresh());
        cursor.yearProperty().subscribe(y -> refresh());
    }

    /** "China withholds 74% of its supply to allied buyers for 6 months from January 2027". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Shortfall, stockpile cover, price multiplier and economic cost, in that order. */
    public List<StressFigure> figures() {
        return figures;
    }

    private void refresh() {
        RunResult r = results.getValue();
        if (r == null) {
            return;
        }
        Projection s = r.scenario();
        Projection b = r.baseline();
        DisruptionEvent e = s.scenario().disruption();
        if (e == null || !e.enabled()) {
            int year = Math.max(s.firstYear(), Math.min(s.lastYear(), cursor.year()));
            int i = s.indexOf(year);
            DisruptionEvent test = e == null ? DisruptionEvent.NONE : e;
            headline.set(Messages.format("stress.headline.none", percent(test.severity()), test.months(), year));
            set(0, Formats.tonnesOf(sum(s, Series.STRESS_SHORTFALL, i, i), "REO"),
                    change(Formats.tonnesChange(at(s, b, Series.STRESS_SHORTFALL, i)) + " REO"));
            set(1, Messages.format("stress.coverIn", Formats.days(s.values(Series.STOCKPILE_DAYS)[i]), year),
                    change(days(at(s, b, Series.STOCKPILE_DAYS, i))));
            set(2, "\u2013", Messages.get("stress.onlyForEvent"));
            set(3, "\u2013", Messages.get("stress.onlyForEvent"));
            return;
        }
        int first = Math.max(s.firstYear(), Math.min(s.lastYear(), e.startYear()));
        int lastYear = e.startYear() + (int) Math.ceil(e.months() / MONTHS_PER_YEAR) - 1;
        int from = s.indexOf(first);
        int to = s.indexOf(Math.max(first, Math.min(s.lastYear(), lastYear)));
        headline.set(Messages.format("stress.headline.event", percent(e.severity()), e.months(), e.startYear()));
        // The whole event's shortfall, the same figure as the KPI card and the summary.
        double shortfall = EventShortfall.tonnes(s);
        set(0, Formats.tonnesOf(shortfall, "REO"), change(Formats.tonnesChange(shortfall
                - EventShortfall.tonnes(b)) + " REO"));
        double[] days = s.values(Series.STOCKPILE_DAYS);
        String before = from > 0 ? Formats.days(days[from - 1]) + " \u2192 " : "";
        set(1, Messages.format("stress.daysLeft", before, Formats.days(days[to]).replace(" days", "")),
                change(days(days[to] - b.values(Series.STOCKPILE_DAYS)[to])));
        double peak = max(s, Series.PRICE_MULTIPLIER, from, to);
        set(2, Formats.multiplier(peak), change(signed(peak - max(b, Series.PRICE_MULTIPLIER, from, to)) + "\u00d7"));
        double cost = sum(s, Series.SHORTFALL_COST, from, to);
        set(3, Formats.usdBn(cost), change(Formats.usdBnChange(cost - sum(b, Series.SHORTFALL_COST, from, to))));
    }

    private void set(int index, String value, String comparison) {
        figures.get(index).show(value, comparison);
    }

    private static String change(String text) {
        return Messages.format("stress.vsBaseline", text);
    }

    private static double at(Projection s, Projection b, Series series, int i) {
        return s.values(series)[i] - b.values(series)[i];
    }

    private static double sum(Projection p, Series series, int from, int to) {
        double total = 0;
        for (int i = from; i <= to; i++) {
            total += p.values(series)[i];
        }
        return total;
    }

    private static double max(Projection p, Series series, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            m = Math.max(m, p.values(series)[i]);
        }
        return m;
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static String days(double delta) {
        String text = Formats.days(Math.abs(delta));
        return Math.abs(delta) < 0.05 ? text : (delta < 0 ? "\u2212" : "+") + text;
    }

    private static String signed(double delta) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", Math.abs(delta));
        return text.equals("0.0") ? text : (delta < 0 ? "\u2212" : "+") + text;
    }
}
