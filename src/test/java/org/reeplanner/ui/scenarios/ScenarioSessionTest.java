package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.UpdateScheduler;

class ScenarioSessionTest {
    /** Holds scheduled work until the test says a frame has begun, like the pulse would. */
    private static final class Frames implements UpdateScheduler {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public void schedule(Runnable work) {
            if (!pending.contains(work)) {
                pending.add(work);
            }
        }

        void nextFrame() {
            List<Runnable> batch = List.copyOf(pending);
            pending.clear();
            batch.forEach(Runnable::run);
        }
    }

    private final Frames frames = new Frames();
    private final ScenarioSession session = new ScenarioSession(Shipped.MODEL, Shipped.scenario("seed-baseline"),
            frames);

    @Test
    void editsWithinOneFrameCostOneModelRun() {
        List<RunResult> runs = new ArrayList<>();
        session.resultProperty().subscribe((before, now) -> runs.add(now));

        for (int i = 1; i <= 50; i++) {
            double amount = i / 10.0;
            session.edit(s -> s.withInvestment("mining", amount));
        }
        assertThat(runs).isEmpty();
        assertThat(session.latest().lever("mining").investmentUsdBn()).isEqualTo(5.0);
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(3.5);

        frames.nextFrame();

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).scenario().scenario().lever("mining").investmentUsdBn()).isEqualTo(5.0);
        assertThat(runs.get(0).baseline().scenario().totalInvestmentUsdBn()).isZero();
    }

    @Test
    void editsBuildOnEachOtherBeforeTheFrame() {
        session.edit(s -> s.withInvestment("mining", 1));
        session.edit(s -> s.withInvestment("processing", 2));
        frames.nextFrame();

        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(1);
        assertThat(session.scenario().lever("processing").investmentUsdBn()).isEqualTo(2);
    }

    @Test
    void replacingTheScenarioDropsWaitingEdits() {
        session.edit(s -> s.withInvestment("mining", 9));
        session.setScenario(Shipped.scenario("no-new-investment"));
        frames.nextFrame();

        assertThat(session.scenario().totalInvestmentUsdBn()).isZero();
        assertThat(session.result().scenario().scenario()).isSameAs(session.scenario());
    }
}
