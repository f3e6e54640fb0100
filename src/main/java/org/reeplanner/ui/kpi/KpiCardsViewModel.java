package org.reeplanner.ui.kpi;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.KpiSet;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The headline KPI cards for a target year (2030 unless changed): one {@link KpiCardViewModel} per
 * {@link KpiCardKind}, refreshed in place whenever the results or the target year change.
 */
public final class KpiCardsViewModel {
    public static final int DEFAULT_TARGET_YEAR = 2030;

    private final ObservableValue<RunResult> results;
    private final IntegerProperty targetYear = new SimpleIntegerProperty(this, "targetYear", DEFAULT_TARGET_YEAR);
    private final List<KpiCardViewModel> cards = Arrays.stream(KpiCardKind.values())
            .map(KpiCardViewModel::new).toList();

    public KpiCardsViewModel(ObservableValue<RunResult> results) {
        this.results = results;
        results.subscribe(r -> refresh());
        targetYear.subscribe(y -> refresh());
    }

    /** The year the cards report; it must lie within the scenario's horizon. */
    public IntegerProperty targetYearProperty() {
        return targetYear;
    }

    /** The six cards in display order; the list and its cards stay the same objects for the view's lifetime. */
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
        int year = targetYear.get();
        KpiSet set = KpiSet.of(r.scenario(), r.baseline(), year);
        for (KpiCardViewModel card : cards) {
            card.update(set.card(card.kind().kpiId()), year);
        }
    }
}
