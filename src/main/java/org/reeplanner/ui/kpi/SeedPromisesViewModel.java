package org.reeplanner.ui.kpi;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The "Seed promises" strip beside the KPI cards: for the window's target year, where the scenario stands on each of
 * the seed's three promises, with the promised figure for reference. It follows the results and the year cursor.
 */
public final class SeedPromisesViewModel {
    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final List<Item> items = Arrays.stream(SeedPromise.values()).map(Item::new).toList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    public SeedPromisesViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        this.results = results;
        this.cursor = cursor;
        results.subscribe(r -> refresh());
        cursor.yearProperty().subscribe(y -> refresh());
    }

    /** "Seed promises for 2035, in 2030:". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** One item per promise in {@link SeedPromise} order; the same objects for the view's lifetime. */
    public List<Item> items() {
        return items;
    }

    public Item item(SeedPromise promise) {
        return items.get(promise.ordinal());
    }

    private void refresh() {
        RunResult r = results.getValue();
        if (r == null) {
            return;
        }
        int year = Math.max(r.scenario().firstYear(), Math.min(r.scenario().lastYear(), cursor.year()));
        title.set(Messages.format("promise.title", year, SeedPromise.YEAR));
        for (Item item : items) {
            item.update(item.promise.actual(r.scenario(), r.baseline(), year));
        }
    }

    /** One promise's line: "Mine output +33% (promised +40%)", and whether it is kept. */
    public static final class Item {
        private final SeedPromise promise;
        private final ReadOnlyDoubleWrapper actual = new ReadOnlyDoubleWrapper(this, "actual");
        private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
        private final ReadOnlyBooleanWrapper kept = new ReadOnlyBooleanWrapper(this, "kept");

        private Item(SeedPromise promise) {
            this.promise = promise;
        }

        private void update(double value) {
            String promised = promise.format(promise.promised());
            actual.set(value);
            text.set(Messages.format("promise.line", promise.title(), promise.format(value), promised));
            kept.set(promise.kept(value));
        }

        public SeedPromise promise() {
            return promise;
        }

        /** The scenario's figure in the target year, as a fraction (a change, or the rate). */
        public ReadOnlyDoubleProperty actualProperty() {
            return actual.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty textProperty() {
            return text.getReadOnlyProperty();
        }

        /** What the promise is and what the figure is measured against, for the tooltip. */
        public String help() {
            return promise.help();
        }

        /** Whether the figure reaches the promise, within the calibration's tolerance. */
        public ReadOnlyBooleanProperty keptProperty() {
            return kept.getReadOnlyProperty();
        }
    }
}
