package org.reeplanner.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Series;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Debouncer;
import org.reeplanner.ui.scenarios.ScenarioSession;

class UncertaintyViewModelTest {
    private static final int RUNS = 400;

    /** Holds the debounced work until the test says the scenario has rested. */
    private static final class Quiet implements Debouncer {
        private Runnable pending;

        @Override
        public void request(Runnable work) {
            pending = work;
        }

        @Override
        public void cancel() {
            pending = null;
        }

        void rest() {
            Runnable work = pending;
            pending = null;
            if (work != null) {
                work.run();
            }
        }
    }

    /** A background thread the test steps by hand: work waits in a queue until {@link #runAll()}. */
    private static final class Queue implements java.util.concurrent.Executor {
        private final Deque<Runnable> work = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            work.add(task);
        }

        void runAll() {
            while (!work.isEmpty()) {
                work.poll().run();
            }
        }
    }

    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final Quiet quiet = new Quiet();
    private final SimpleBooleanProperty wanted = new SimpleBooleanProperty();

    private UncertaintyViewModel study(BackgroundTasks tasks) {
        UncertaintyViewModel vm = new UncertaintyViewModel(session, tasks, quiet, wanted);
        vm.runsProperty().set(RUNS);
        return vm;
    }

    private static double p50(Bands bands, int index) {
        return bands.band(Series.SHARE_CHINA_SEPARATION.id()).p50()[index];
    }

    @Test
    void theBandFollowsAChangeOfTheScenarioOnceItRests() {
        UncertaintyViewModel vm = study(BackgroundTasks.sameThread());
        wanted.set(true);
        Bands first = vm.bandsProperty().get();
        assertThat(first.runs()).isEqualTo(RUNS);
        assertThat(vm.staleProperty().get()).isFalse();

        session.setScenario(session.scenario().withInvestment("processing", 8));

        assertThat(vm.staleProperty().get()).as("the old band is marked stale at once").isTrue();
        assertThat(vm.bandsProperty().get()).as("no study before the scenario rests").isSameAs(first);
        quiet.rest();
        Bands second = vm.bandsProperty().get();
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(p50(second, 10)).as("processing money lowers China's separation share")
                .isLessThan(p50(first, 10));
        assertThat(vm.statusProperty().get()).contains("400 runs").contains("seed 1");
    }

    @Test
    void aStudyOfAnOlderScenarioIsCancelledAndNeverShown() {
        Queue background = new Queue();
        UncertaintyViewModel vm = study(BackgroundTasks.of(background, Runnable::run));
        wanted.set(true);
        assertThat(vm.runner().isRunning()).isTrue();

        session.setScenario(session.scenario().withInvestment("processing", 8));
        assertThat(vm.runner().isRunning()).as("the change cancels the running study").isFalse();
        background.runAll();
        assertThat(vm.bandsProperty().get()).as("the cancelled study's result is dropped").isNull();

        quiet.rest();
        background.runAll();
        Bands shown = vm.bandsProperty().get();
        assertThat(shown).isNotNull();
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(vm.studyMillis()).hasSize(1);
    }

    @Test
    void nothingRunsWhileNoOneShowsTheBands() {
        UncertaintyViewModel vm = study(BackgroundTasks.sameThread());
        session.setScenario(session.scenario().withInvestment("processing", 8));
        quiet.rest();
        assertThat(vm.bandsProperty().get()).isNull();

        wanted.set(true);
        assertThat(vm.bandsProperty().get()).isNotNull();
    }

    @Test
    void cancelStopsTheStudyAndSaysSo() {
        Queue background = new Queue();
        UncertaintyViewModel vm = study(BackgroundTasks.of(background, Runnable::run));
        wanted.set(true);

        vm.cancel();
        background.runAll();

        assertThat(vm.runner().isRunning()).isFalse();
        assertThat(vm.bandsProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).contains("cancelled");
    }

    @Test
    void settingsAreCheckedBeforeTheyApply() {
        UncertaintyViewModel vm = study(BackgroundTasks.sameThread());
        UncertaintySettingsViewModel settings = new UncertaintySettingsViewModel(vm);

        settings.runsProperty().set("50");
        assertThat(settings.apply()).isFalse();
        assertThat(settings.errorProperty().get()).contains("100 to 100,000");
        settings.runsProperty().set("2,000");
        settings.seedProperty().set("seven");
        assertThat(settings.apply()).isFalse();
        settings.seedProperty().set("7");
        assertThat(settings.apply()).isTrue();

        assertThat(vm.runsProperty().get()).isEqualTo(2000);
        assertThat(vm.seedProperty().get()).isEqualTo(7);
    }
}
