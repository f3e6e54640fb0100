package org.reeplanner.ui.kpi;

import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.io.report.Narrative;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The plain-English summary under the KPI cards ({@link Narrative}), for the scenario on screen and the target year,
 * with the levers changed from the preset it started from.
 * Naming the largest driver takes a few hundred model runs (milliseconds), so it is written in the background and
 * only the latest request is worked on: during a slider drag the text follows a moment later without holding up a
 * frame.
 */
public final class NarrativeViewModel {
    private final ImpactModel model;
    private final BackgroundTasks tasks;
    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final AtomicLong latest = new AtomicLong();

    public NarrativeViewModel(ImpactModel model, ObservableValue<RunResult> results, YearCursor cursor,
                              BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
        this.results = results;
        this.cursor = cursor;
        results.subscribe(r -> request());
        cursor.yearProperty().subscribe(y -> request());
    }

    /** The paragraph; it keeps the previous text until the new one is written. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void request() {
        RunResult r = results.getValue();
        if (r == null) {
            return;
        }
        Scenario scenario = r.scenario().scenario();
        int year = Math.max(r.scenario().firstYear(), Math.min(r.scenario().lastYear(), cursor.year()));
        long ticket = latest.incrementAndGet();
        tasks.run(() -> ticket == latest.get() ? Narrative.of(model, scenario, year,
                ShippedScenarios.leverChanges(scenario, model.focusAreas())) : null, written -> {
            if (written != null && ticket == latest.get()) {
                text.set(written);
            }
        }, failure -> text.set(""));
    }
}
