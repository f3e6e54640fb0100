package org.reeplanner.ui.scenarios;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;

/**
 * The scenario being worked on and its latest model results; every view model that shows results observes
 * {@link #resultProperty()}, and every edit (levers, events, file open) replaces {@link #scenarioProperty()}.
 * A run takes microseconds, so it happens at once on the caller's thread (the FX thread in the app).
 */
public final class ScenarioSession {
    private final ImpactModel model;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ReadOnlyObjectWrapper<RunResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    public ScenarioSession(ImpactModel model, Scenario initial) {
        this.model = Objects.requireNonNull(model, "model");
        scenario.set(Objects.requireNonNull(initial, "initial scenario"));
        // subscribe(Consumer) also calls at once with the current value: that is the first run.
        scenario.subscribe(s -> result.set(run(Objects.requireNonNull(s, "scenario"))));
    }

    public ImpactModel model() {
        return model;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public void setScenario(Scenario replaced) {
        scenario.set(replaced);
    }

    public ReadOnlyObjectProperty<RunResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public RunResult result() {
        return result.get();
    }

    private RunResult run(Scenario s) {
        long start = System.nanoTime();
        var projection = model.run(s);
        var baseline = model.run(s.withoutInvestment());
        return new RunResult(projection, baseline, System.nanoTime() - start);
    }
}
