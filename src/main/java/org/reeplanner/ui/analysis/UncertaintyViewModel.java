package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Debouncer;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The uncertainty study behind the P10–P90 bands: a Monte Carlo of the current scenario (10,000 runs, seed 1 unless
 * changed) in the background while the bands are wanted. It follows the scenario: a change cancels the running
 * study at once, marks the bands stale and starts a new study once the changes have stopped for a moment.
 */
public final class UncertaintyViewModel {
    public static final int DEFAULT_RUNS = 10_000;
    /** The command line's default seed, so the window's bands equal {@code run --monte-carlo 10000}'s. */
    public static final long DEFAULT_SEED = 1;

    private final ScenarioSession session;
    private final BackgroundTasks tasks;
    private final Debouncer debouncer;
    private final ObservableValue<Boolean> wanted;
    private final StudyRunner runner;
    private final IntegerProperty runs = new SimpleIntegerProperty(this, "runs", DEFAULT_RUNS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<Bands> bands = new ReadOnlyObjectWrapper<>(this, "bands");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final List<Double> studyMillis = new ArrayList<>();
    private Scenario studied;

    /**
     * @param wanted    whether anything shows the bands (the charts' toggle, the Uncertainty tab); only then do
     *                  studies run
     * @param debouncer how long to wait after the last change of the scenario before the next study
     */
    public UncertaintyViewModel(ScenarioSession session, BackgroundTasks tasks, Debouncer debouncer,
                                ObservableValue<Boolean> wanted) {
        this.session = session;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.wanted = wanted;
        this.runner = new StudyRunner(tasks);
        session.scenarioProperty().subscribe((before, now) -> scenarioChanged());
        wanted.subscribe((before, on) -> wantedChanged(Boolean.TRUE.equals(on)));
        runs.subscribe((before, now) -> restart());
        seed.subscribe((before, now) -> restart());
        if (isWanted()) {
            start();
        }
    }

    /** The latest study's bands, or null before the first study. */
    public ReadOnlyObjectProperty<Bands> bandsProperty() {
        return bands.getReadOnlyProperty();
    }

    /** Whether the bands belong to an earlier version of the scenario (a new study is on its way). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Runs per study, from 100 to {@link MonteCarlo#MAX_RUNS}. */
    public IntegerProperty runsProperty() {
        return runs;
    }

    /** The random seed: the same seed and scenario give the same bands, bit for bit. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** The study in progress, for progress and Cancel. */
    public StudyRunner runner() {
        return runner;
    }

    /** "Monte Carlo: 10,000 runs…", "P10–P90 of 10,000 runs (seed 1) in 142 ms", "cancelled", or "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How long each finished study took in the model, in milliseconds, oldest first. */
    public List<Double> studyMillis() {
        return Collections.unmodifiableList(studyMillis);
    }

    /** Stops the running study; the bands stay as they were (stale if the scenario changed) until the next change. */
    public void cancel() {
        debouncer.cancel();
        if (runner.isRunning()) {
            runner.cancel();
            status.set(Messages.get("uncertainty.cancelled"));
        }
    }

    /** Runs a study of the current scenario now (also after a cancel). */
    public void runNow() {
        debouncer.cancel();
        start();
    }

    private boolean isWanted() {
        return Boolean.TRUE.equals(wanted.getValue());
    }

    private void scenarioChanged() {
        if (bands.get() != null && !session.scenario().equals(studied)) {
            stale.set(true);
        }
        if (isWanted()) {
            runner.cancel();
            status.set(Messages.get("uncertainty.updating"));
            debouncer.request(this::start);
        }
    }

    private void wantedChanged(boolean on) {
        if (on && (bands.get() == null || stale.get() || !current())) {
            runNow();
        } else if (!on) {
            debouncer.cancel();
            runner.cancel();
            status.set("");
        }
    }

    private void restart() {
        if (isWanted()) {
            runNow();
        } else {
            stale.set(bands.get() != null);
        }
    }

    /** Whether the bands were made with the current runs and seed. */
    private boolean current() {
        Bands b = bands.get();
        return b != null && b.runs() == runs.get() && b.seed() == seed.get();
    }

    private void start() {
        Scenario scenario = session.scenario();
        int n = runs.get();
        long s = seed.get();
        status.set(Messages.format("uncertainty.running", String.format(Locale.ROOT, "%,d", n)));
        runner.start(progress -> {
            long t0 = System.nanoTime();
            // Parameters the scenario changed are drawn around their changed values.
            MonteCarlo monteCarlo = new MonteCarlo(session.model().withAssumptionsOf(scenario));
            Bands result = monteCarlo.run(scenario, n, s, progress, tasks.compute());
            return new Study(scenario, result, (System.nanoTime() - t0) / 1e6);
        }, this::finished, failure -> status.set(Messages.format("uncertainty.failed",
                failure.getMessage())));
    }

    private void finished(Study study) {
        studied = study.scenario();
        studyMillis.add(study.millis());
        stale.set(!study.scenario().equals(session.scenario()));
        bands.set(study.bands());
        status.set(Messages.format("uncertainty.done", String.format(Locale.ROOT, "%,d", study.bands().runs()),
                study.bands().seed(), String.format(Locale.ROOT, "%.0f", study.millis())));
    }

    /** A finished study: the scenario it was for, its bands and how long the model took. */
    private record Study(Scenario scenario, Bands bands, double millis) {
    }
}
