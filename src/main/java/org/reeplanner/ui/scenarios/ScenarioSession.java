package org.reeplanner.ui.scenarios;

import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.UpdateScheduler;

/**
 * The scenario being worked on and its latest model results; every view model that shows results observes
 * {@link #resultProperty()}. Edits made while a slider moves are gathered by {@link #edit} and applied once per
 * frame through the {@link UpdateScheduler}: one model run (scenario plus its no-investment baseline, a few
 * microseconds each) on the FX thread, however many changes arrived in between.
 */
public final class ScenarioSession {
    private final ImpactModel model;
    private final UpdateScheduler scheduler;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<RunResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(this, "changing");
    private final Runnable flush = this::flush;
    private Scenario pending;

    /** A session whose edits apply at once: for tests and the command-line-like uses. */
    public ScenarioSession(ImpactModel model, Scenario initial) {
        this(model, initial, UpdateScheduler.IMMEDIATE);
    }

    public ScenarioSession(ImpactModel model, Scenario initial, UpdateScheduler scheduler) {
        this.model = Objects.requireNonNull(model, "model");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        scenario.set(Objects.requireNonNull(initial, "initial scenario"));
        // subscribe(Consumer) also calls at once with the current value: that is the first run.
        scenario.subscribe(s -> result.set(run(Objects.requireNonNull(s, "scenario"))));
    }

    public ImpactModel model() {
        return model;
    }

    /** The scenario the current results are for; edits still waiting for the next frame are not in it yet. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The scenario including edits that wait for the next frame: what the next run will use. */
    public Scenario latest() {
        return pending != null ? pending : scenario.get();
    }

    /** Replaces the scenario at once (opening a file, a preset), dropping edits that were still waiting. */
    public void setScenario(Scenario replaced) {
        pending = null;
        scenario.set(Objects.requireNonNull(replaced, "scenario"));
    }

    /** Applies {@code change} to the latest scenario and schedules one run for all edits of this frame. */
    public void edit(UnaryOperator<Scenario> change) {
        pending = Objects.requireNonNull(change.apply(latest()), "edited scenario");
        scheduler.schedule(flush);
    }

    /**
     * Whether a continuous change is under way: a slider held by the mouse, a spinner's arrow held down. The
     * document makes all its edits one undo step.
     */
    public ReadOnlyBooleanProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    /**
     * A control says its continuous change starts ({@code true}) or ends; at the end the edit still waiting for the
     * next frame is applied first, so that it belongs to the change that made it.
     */
    public void setChanging(boolean on) {
        if (!on) {
            flush();
        }
        changing.set(on);
    }

    public ReadOnlyObjectProperty<RunResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public RunResult result() {
        return result.get();
    }

    private void flush() {
        if (pending != null) {
            Scenario next = pending;
            pending = null;
            scenario.set(next);
        }
    }

    private RunResult run(Scenario s) {
        long start = System.nanoTime();
        var projection = model.run(s);
        var baseline = model.run(s.withoutInvestment());
        return new RunResult(projection, baseline, System.nanoTime() - start);
    }
}
