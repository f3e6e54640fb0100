package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.UpdateScheduler;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * A lever's edits as the window makes them: the scenario is the only copy of the lever, edits of one frame apply at
 * the next frame (as in the window), a drag is one undo step, and a change is checked by that lever's rules alone.
 */
class LeverEditsTest {
    private final Frames frames = new Frames();
    private final Scenario seed = Shipped.scenario("seed-baseline");
    private final ScenarioSession session = new ScenarioSession(Shipped.MODEL, seed, frames);
    private final ScenarioDocument document = new ScenarioDocument(session, null);
    private final List<String> checked = new ArrayList<>();
    private final LeverPanelViewModel panel = new LeverPanelViewModel(session, seed, (id, lever, endYear) -> {
        checked.add(id);
        return ScenarioRules.checkLever(id, lever, endYear);
    });
    private final LeverViewModel mining = panel.lever("mining");

    /** The window's frames: work asked for is run once when the frame comes. */
    private static final class Frames implements UpdateScheduler {
        private final Set<Runnable> asked = new LinkedHashSet<>();

        @Override
        public void schedule(Runnable work) {
            asked.add(work);
        }

        void next() {
            List<Runnable> now = new ArrayList<>(asked);
            asked.clear();
            now.forEach(Runnable::run);
        }
    }

    private int undoSteps() {
        int steps = 0;
        while (document.canUndoProperty().get()) {
            document.undo();
            steps++;
        }
        return steps;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDragOfManyTicksOverManyFramesIsOneUndoStep(long seedValue) {
        Random random = new Random(seedValue);
        int ticks = 2 + random.nextInt(80);

        mining.changing(true);
        for (int i = 0; i < ticks; i++) {
            mining.setAmount(random.nextDouble() * mining.sliderMax());
            if (random.nextBoolean()) {
                frames.next();
            }
        }
        double released = Math.round(7.5 * 100) / 100.0;
        mining.setAmount(released);
        mining.changing(false);

        assertThat(session.scenario().lever("mining").investmentUsdBn()).as("the last tick, applied at the release")
                .isEqualTo(released);
        assertThat(undoSteps()).isEqualTo(1);
        assertThat(session.scenario()).isEqualTo(seed);
        assertThat(mining.textProperty().get()).isEqualTo("3.5");
    }

    @Test
    void eachKeyStepAndEachTypedValueIsItsOwnStep() {
        for (double amount : new double[] {3.7, 3.9, 4.1}) {
            mining.setAmount(amount);
            frames.next();
        }
        mining.type("6.25");
        mining.commitText();
        frames.next();

        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(6.25);
        assertThat(undoSteps()).isEqualTo(4);
    }

    @Test
    void textBeingTypedSurvivesAModelRefreshAndIsAppliedOnCommit() {
        var before = session.result();
        mining.type("4.2");
        panel.lever("processing").setAmount(3);
        frames.next();

        assertThat(session.result()).as("the model ran again").isNotSameAs(before);
        assertThat(session.scenario().lever("processing").investmentUsdBn()).isEqualTo(3);
        assertThat(mining.textProperty().get()).as("still being typed").isEqualTo("4.2");
        assertThat(mining.amountProperty().get()).isEqualTo(3.5);

        mining.commitText();
        assertThat(mining.textProperty().get()).as("shown until the next frame applies it").isEqualTo("4.2");
        frames.next();
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(4.2);
        assertThat(mining.textProperty().get()).isEqualTo("4.2");
    }

    @Test
    void anUndoOrAPresetShowsInEveryValueWithoutAnEditBack() {
        mining.setAmount(9);
        mining.startYearProperty().set(2030);
        frames.next();
        document.undo();

        assertThat(mining.amountProperty().get()).isEqualTo(3.5);
        assertThat(mining.textProperty().get()).isEqualTo("3.5");
        assertThat(mining.startYearProperty().get()).isEqualTo(2025);

        Scenario preset = Shipped.scenario("accelerated-allied").withLever("mining", new Lever(20, 2032, 4, 0.25));
        document.open(preset, null);
        frames.next();

        assertThat(mining.amountProperty().get()).isEqualTo(20);
        assertThat(mining.textProperty().get()).isEqualTo("20");
        assertThat(mining.sliderMax()).isEqualTo(20);
        assertThat(mining.startYearProperty().get()).isEqualTo(2032);
        assertThat(mining.durationYearsProperty().get()).isEqualTo(4);
        assertThat(mining.usSharePercentProperty().get()).isEqualTo(25);
        assertThat(mining.timingSummary().getValue()).isEqualTo("2032–2035 · U.S. 25% / Australia 75%");
        assertThat(session.scenario()).isSameAs(preset);
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void aChangeIsCheckedByTheRulesOfThatLeverAlone() {
        mining.setAmount(5);
        mining.durationYearsProperty().set(8);
        panel.lever("trade").type("1.5");
        panel.lever("trade").commitText();
        frames.next();

        assertThat(checked).containsExactly("mining", "mining", "trade");

        checked.clear();
        document.undo();
        document.open(Shipped.scenario("accelerated-allied"), null);
        frames.next();
        assertThat(checked).as("showing a scenario checks nothing").isEmpty();
    }

    @Test
    void aChangeTheLeversRulesRefuseLeavesTheScenarioAndSaysWhy() {
        Problem tooMuch = Problem.error("levers.mining.investmentUsdBn", "6", "at most 5 in this test");
        LeverViewModel strict = new LeverPanelViewModel(session, seed,
                (id, lever, endYear) -> lever.investmentUsdBn() > 5 ? List.of(tooMuch) : List.of()).lever("mining");

        strict.setAmount(6);
        frames.next();

        assertThat(session.scenario()).isEqualTo(seed);
        assertThat(strict.errorProperty().get()).isEqualTo(tooMuch.message());
        strict.setAmount(4);
        frames.next();
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(4);
        assertThat(strict.errorProperty().get()).isEmpty();
    }
}
