package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.Shipped;

class ScenarioDocumentTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final Scenario seed = session.scenario();
    private final ScenarioDocument document = new ScenarioDocument(session, null);

    @Test
    void startsCleanWithNothingToUndo() {
        assertThat(document.isDirty()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.displayName().getValue()).isEqualTo("Seed baseline");
    }

    @Test
    void everyKindOfEditMadeThroughTheSessionIsAStepAndMarksTheDocumentDirty() {
        session.setScenario(seed.withInvestment("mining", 5));
        session.setScenario(session.scenario().withLever("rnd", new Lever(1.2, 2027, 4, 0.6)));
        session.setScenario(session.scenario().withDemandCase(DemandCase.HIGH));
        session.setScenario(session.scenario().withDisruption(seed.disruption().withEnabled(true)));
        session.setScenario(session.scenario().withName("Renamed"));

        assertThat(document.isDirty()).isTrue();
        assertThat(document.displayName().getValue()).isEqualTo("*Renamed");
        for (int i = 0; i < 5; i++) {
            document.undo();
        }
        assertThat(session.scenario()).isEqualTo(seed);
        assertThat(document.isDirty()).as("undone back to what was opened").isFalse();
        assertThat(document.canRedoProperty().get()).isTrue();
        document.redo();
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(5);
    }

    @Test
    void aSliderDragIsOneStep() {
        document.beginGesture();
        for (double v = 3.5; v <= 9; v += 0.25) {
            double value = v;
            document.edit(s -> s.withInvestment("mining", value));
        }
        document.endGesture();

        document.undo();

        assertThat(session.scenario()).isEqualTo(seed);
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoThemselvesAreNotRecordedAsEdits() {
        document.edit(s -> s.withInvestment("mining", 5));
        document.undo();
        document.redo();
        document.undo();

        assertThat(session.scenario()).isEqualTo(seed);
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isTrue();
    }

    @Test
    void openingAFileStartsCleanWithAFreshHistory() {
        document.edit(s -> s.withInvestment("mining", 5));
        Scenario other = Shipped.scenario("export-ban-stress");

        document.open(other, Path.of("/plans/stress.json"));

        assertThat(session.scenario()).isEqualTo(other);
        assertThat(document.file()).isEqualTo(Path.of("/plans/stress.json"));
        assertThat(document.isDirty()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void savingMarksCleanAndAnEditDuringTheSaveStaysDirty() {
        document.edit(s -> s.withInvestment("mining", 5));
        Scenario snapshot = document.scenario();
        document.edit(s -> s.withInvestment("mining", 6));

        document.markSaved(Path.of("/plans/a.json"), snapshot);

        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(Path.of("/plans/a.json"));
    }

    @Test
    void recoveredWorkIsDirtyUntilSaved() {
        document.recover(seed.withInvestment("mining", 8), Path.of("/plans/a.json"));

        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).isEqualTo(Path.of("/plans/a.json"));
        assertThat(document.canUndoProperty().get()).isFalse();
    }
}
