package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export restriction's controls on screen: target and first month chosen, a profile shown and made flat. */
@ExtendWith(ApplicationExtension.class)
class EventsViewTest {
    private final ScenarioSession session = Shipped.session("china-controls-2025-replay");
    private ScenarioDocument document;

    @Start
    void start(Stage stage) {
        document = new ScenarioDocument(session, null);
        EventsView view = new EventsView(new LeverPanelViewModel(session, session.scenario()).events());
        stage.setScene(new Scene(view, 320, 420));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ChoiceOption> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void choosingTargetAndFirstMonthEditsTheScenarioAndUndoRestoresThem(FxRobot robot) {
        assertThat(combo(robot, "#event-target").getValue().label()).isEqualTo("Heavy rare earths and magnets");
        assertThat(combo(robot, "#event-start-month").getValue().label()).isEqualTo("April");

        robot.interact(() -> combo(robot, "#event-target").getSelectionModel().select(3));
        robot.interact(document::flushPending);
        robot.interact(() -> combo(robot, "#event-start-month").getSelectionModel().select(8));
        robot.interact(document::flushPending);

        assertThat(session.scenario().disruption().target()).isEqualTo(DisruptionTarget.MAGNETS);
        assertThat(session.scenario().disruption().startMonth()).isEqualTo(9);
        // Each choice is its own step, as a lever move is.
        robot.interact(document::undo);
        assertThat(session.scenario().disruption().startMonth()).isEqualTo(4);
        assertThat(session.scenario().disruption().target()).isEqualTo(DisruptionTarget.MAGNETS);
        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.scenario().disruption().target()).isEqualTo(DisruptionTarget.HEAVY_AND_MAGNETS);
        assertThat(session.scenario().disruption().startMonth()).isEqualTo(4);
        assertThat(combo(robot, "#event-target").getValue().label()).isEqualTo("Heavy rare earths and magnets");
        assertThat(combo(robot, "#event-start-month").getValue().label()).isEqualTo("April");
    }

    @Test
    void aProfileIsShownReadOnlyUntilMadeFlat(FxRobot robot) {
        assertThat(robot.lookup("#event-profile").queryAs(Label.class).getText())
                .isEqualTo("Apr 43% \u00b7 May 73% \u00b7 Jun 30%");
        assertThat(robot.lookup("#event-months").query().isDisabled()).isTrue();

        robot.clickOn("#event-profile-clear");
        robot.interact(document::flushPending);

        assertThat(session.scenario().disruption().hasProfile()).isFalse();
        assertThat(robot.lookup("#event-profile").query().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#event-months").query().isDisabled()).isFalse();
    }

    @Test
    void anUndoneOrRedoneDemandCaseShowsOnItsButtonsWithoutAnEditBack(FxRobot robot) {
        robot.clickOn("#demand-high");
        robot.interact(document::flushPending);
        assertThat(session.scenario().demandCase()).isEqualTo(DemandCase.HIGH);

        robot.interact(document::undo);

        assertThat(session.scenario().demandCase()).isEqualTo(DemandCase.BASE);
        assertThat(robot.lookup("#demand-base").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#demand-high").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(document.canRedoProperty().get()).as("showing the undone case edited nothing").isTrue();

        robot.interact(document::redo);
        robot.interact(document::flushPending);
        assertThat(session.scenario().demandCase()).isEqualTo(DemandCase.HIGH);
        assertThat(robot.lookup("#demand-high").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.interact(document::undo);
        assertThat(document.canUndoProperty().get()).as("showing the redone case edited nothing").isFalse();
    }
}
