package org.reeplanner.ui.kpi;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.KpiSet;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The headline KPI cards for a target year (2030 unless changed): one {@link KpiCardViewModel} per
 * {@link KpiCardKind}, refreshed in place whenever the results or the target year change. With an export restriction
 * in the scenario the stress card shows that event's shortfall ({@link EventShortfall}), as the Stress tab does.
 */
public final class KpiCardsViewModel {
    public static final int DEFAULT_TARGET_YEAR = 2030;

    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final List<KpiCardViewModel> cards = Arrays.stream(KpiCardKind.values())
            .map(KpiCardViewModel::new).toList();

    /** Cards with their own year cursor, starting at {@link #DEFAULT_TARGET_YEAR}. */
    public KpiCardsViewModel(ObservableValue<RunResult> results) {
        this(results, new YearCursor(DEFAULT_TARGET_YEAR, results.getValue().scenario().firstYear(),
                results.getValue().scenario().lastYear()));
    }

    /** Cards that report the year of the window's shared cursor. */
    public KpiCardsViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        this.results = results;
        this.cursor = cursor;
        results.subscribe(r -> refresh());
        cursor.yearProperty().subscribe(y -> refresh());
    }

    /** The year the cards report: the shared cursor's year, within the scenario's horizon. */
    public IntegerProperty targetYearProperty() {
        return cursor.yearProperty();
    }

    public YearCursor cursor() {
        return cursor;
    }

    /** The cards in display order; the list and its cards stay the same objects for the view's lifetime. */
    public List<KpiCardViewModel> cards() {
        return cards;
    }

    public KpiCardViewModel card(KpiCardKind kind) {
        return cards.get(kind.ordinal());
    }

    private void refresh() {
        RunResult r = results.getValue();
        if (r == null) {
            return;
        }
        int year = Math.max(r.scenario().firstYear(), Math.min(r.scenario().lastYear(), cursor.year()));
        KpiSet set = KpiSet.of(r.scenario(), r.baseline(), year);
        DisruptionEvent event = EventShortfall.eventOf(r.scenario());
        for (KpiCardViewModel card : cards) {
            if (card.kind() == KpiCardKind.STRESS_SHORTFALL && event != null) {
                // The scenario's own restriction: the figure the Stress tab and the summary give.
                card.update(set.stress(), year, Messages.format("kpi.eventShortfall", event.startYear()),
                        Messages.format("kpi.eventShortfall.short", event.startYear()));
            } else {
                card.update(card.kind().kpi(set, r.scenario(), r.baseline()), year, card.kind().title(year),
                        card.kind().shortTitle(year));
            }
        }
    }
}
