package org.reeplanner.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.ui.common.EventTexts;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The stress test in four figures above its charts: shortfall, stockpile cover, price multiplier and economic cost
 * over the years of the scenario's export restriction, each against the same scenario with no new investment; with
 * no restriction, what the same event would do if it began in the cursor's year. Beside them, the restriction by
 * element group: what it hits, from which month, its share withheld month by month, and per group what is left short
 * (magnets, heavy oxide) with the Dy/Tb price.
 */
public final class StressSummaryViewModel {

    /** One month of the restriction: its short name ("Apr") and the share withheld in it. */
    public record MonthBar(String month, double share) {
        /** "43%". */
        public String text() {
            return Formats.percent(share);
        }
    }

    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final List<StressFigure> figures = List.of(
            new StressFigure("stress-shortfall", Messages.get("stress.shortfall")),
            new StressFigure("stress-cover", Messages.get("stress.cover")),
            new StressFigure("stress-price", Messages.get("stress.price")),
            new StressFigure("stress-cost", Messages.get("stress.cost")));
    private final List<StressFigure> groups = List.of(
            new StressFigure("stress-magnets", Messages.get("stress.magnets")),
            new StressFigure("stress-heavy", Messages.get("stress.heavy")),
            new StressFigure("stress-dytb", Messages.get("stress.dytb")));
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper(this, "target", "");
    private final ReadOnlyStringWrapper start = new ReadOnlyStringWrapper(this, "start", "");
    private final ReadOnlyObjectWrapper<List<MonthBar>> bars = new ReadOnlyObjectWrapper<>(this, "bars", List.of());

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

    /** Per element group over the event's years: magnets short, heavy oxide short, the Dy/Tb price, in that order. */
    public List<StressFigure> groups() {
        return groups;
    }

    /** What the scenario's restriction hits, "Heavy rare earths and magnets"; empty without one. */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** "from April 2025, 3 months"; empty without a restriction. */
    public ReadOnlyStringProperty startProperty() {
        return start.getReadOnlyProperty();
    }

    /** The share withheld in each month of the restriction, in order; replaced only when the event changes. */
    public ReadOnlyObjectProperty<List<MonthBar>> barsProperty() {
        return bars.getReadOnlyProperty();
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
            headline.set(Messages.format("stress.headline.none", Formats.percent(test.severity()), test.months(),
                    year));
            set(0, Formats.tonnesOf(sum(s, Series.STRESS_SHORTFALL, i, i), "REO"),
                    change(Formats.tonnesChange(at(s, b, Series.STRESS_SHORTFALL, i)) + " REO"));
            set(1, Messages.format("stress.coverIn", Formats.days(s.values(Series.STOCKPILE_DAYS)[i]), year),
                    change(days(at(s, b, Series.STOCKPILE_DAYS, i))));
            set(2, "\u2013", Messages.get("stress.onlyForEvent"));
            set(3, "\u2013", Messages.get("stress.onlyForEvent"));
            groups.forEach(g -> g.show("\u2013", Messages.get("stress.onlyForEvent")));
            showEvent(null);
            return;
        }
        // The event's calendar years: an event from November runs into the next year.
        int from = s.indexOf(EventShortfall.firstYear(s, e));
        int to = s.indexOf(EventShortfall.lastYear(s, e));
        String month = EventTexts.longMonth(e.startMonth());
        headline.set(e.hasProfile()
                ? Messages.format("stress.headline.profile", Formats.percent(e.worstDepth()), e.months(),
                        e.startYear(), month)
                : Messages.format("stress.headline.event", Formats.percent(e.severity()), e.months(), e.startYear(),
                        month));
        showEvent(e);
        showGroups(s, b, from, to);
        // The whole event's shortfall, the same figure as the KPI card and the summary.
        double shortfall = EventShortfall.tonnes(s);
        set(0, Formats.tonnesOf(shortfall, "REO"), change(Formats.tonnesChange(shortfall
                - EventShortfall.tonnes(b)) + " REO"));
        double[] days = s.values(Series.STOCKPILE_DAYS);
        String before = from > 0 ? Formats.days(days[from - 1]) + " \u2192 " : "";
        set(1, Messages.format("stress.daysLeft", before, Formats.days(days[to]).replace(" days", "")),
                change(days(days[to] - b.values(Series.STOCKPILE_DAYS)[to])));
        double peak = max(s, Series.PRICE_MULTIPLIER, from, to);
        set(2, Formats.multiplier(peak),
                change(Formats.signed(peak - max(b, Series.PRICE_MULTIPLIER, from, to), 1) + "\u00d7"));
        double cost = sum(s, Series.SHORTFALL_COST, from, to);
        set(3, Formats.usdBn(cost), change(Formats.usdBnChange(cost - sum(b, Series.SHORTFALL_COST, from, to))));
    }

    private void showEvent(DisruptionEvent e) {
        if (e == null) {
            target.set("");
            start.set("");
            bars.set(List.of());
            return;
        }
        target.set(EventTexts.target(e.target()));
        start.set(Messages.format("stress.from", EventTexts.longMonth(e.startMonth()), e.startYear(), e.months()));
        List<MonthBar> months = new ArrayList<>(e.months());
        for (int k = 0; k < e.months(); k++) {
            months.add(new MonthBar(EventTexts.shortMonth(EventTexts.calendarMonth(e, k)), e.depth(k)));
        }
        if (!months.equals(bars.get())) {
            bars.set(List.copyOf(months));
        }
    }

    private void showGroups(Projection s, Projection b, int from, int to) {
        double magnets = sum(s, Series.SHORTFALL_MAGNETS, from, to);
        groups.get(0).show(Formats.tonnesOf(magnets, "NdFeB"), change(Formats.tonnesChange(magnets
                - sum(b, Series.SHORTFALL_MAGNETS, from, to)) + " NdFeB"));
        double heavy = sum(s, Series.SHORTFALL_HEAVY, from, to);
        groups.get(1).show(Formats.tonnesOf(heavy, "REO"), change(Formats.tonnesChange(heavy
                - sum(b, Series.SHORTFALL_HEAVY, from, to)) + " REO"));
        double dytb = max(s, Series.PRICE_DYTB, from, to);
        groups.get(2).show(Formats.usdPerKgWhole(dytb), change(Formats.usdPerKgWholeChange(dytb
                - max(b, Series.PRICE_DYTB, from, to))));
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

    private static String days(double delta) {
        String text = Formats.days(Math.abs(delta));
        return Math.abs(delta) < 0.05 ? text : (delta < 0 ? "\u2212" : "+") + text;
    }
}
