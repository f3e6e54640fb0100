package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two lever rows on screen: a slider move goes one way (slider → scenario → what the row shows), a drag is one undo
 * step however many ticks it takes, and a scenario shown from elsewhere (undo, a preset) moves the slider, the field
 * and the timing without being written back.
 */
@ExtendWith(ApplicationExtension.class)
class LeverRowTest {
    private final Scenario seed = Shipped.scenario("seed-baseline");
    private final ScenarioSession session = new ScenarioSession(Shipped.MODEL, seed);
    private ScenarioDocument document;

    @Start
    void start(Stage stage) {
        document = new ScenarioDocument(session, null);
        LeverPanelViewModel panel = new LeverPanelViewModel(session, seed);
        SimpleBooleanProperty presenting = new SimpleBooleanProperty(false);
        VBox rows = new VBox(new LeverRow(panel.lever("mining"), presenting),
                new LeverRow(panel.lever("processing"), presenting));
        stage.setScene(new Scene(rows, 320, 480));
        stage.show();
    }

    private static Slider slider(FxRobot robot) {
        return robot.lookup("#lever-mining-slider").queryAs(Slider.class);
    }

    private static String field(FxRobot robot) {
        return robot.lookup("#lever-mining-field").queryAs(TextField.class).getText();
    }

    private double mining() {
        return session.scenario().lever("mining").investmentUsdBn();
    }

    private int undoSteps(FxRobot robot) {
        int steps = 0;
        while (document.canUndoProperty().get()) {
            robot.interact(document::undo);
            steps++;
        }
        return steps;
    }

    @Test
    void aDragOfManyTicksIsOneUndoStepAndUndoMovesTheSliderBack(FxRobot robot) {
        Node thumb = slider(robot).lookup(".thumb");
        int[] changes = {0};
        robot.interact(() -> session.scenarioProperty().addListener((obs, before, now) -> changes[0]++));

        robot.drag(thumb);
        for (int i = 0; i < 20; i++) {
            robot.moveBy(4, 0);
        }
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes[0]).as("the drag changed the scenario tick by tick").isGreaterThan(3);
        assertThat(mining()).isGreaterThan(3.5);
        assertThat(field(robot)).isEqualTo(Formats.plain(mining()));
        assertThat(slider(robot).getValue()).isEqualTo(mining());
        assertThat(undoSteps(robot)).isEqualTo(1);
        assertThat(slider(robot).getValue()).isEqualTo(3.5);
        assertThat(field(robot)).isEqualTo("3.5");
    }

    @Test
    void pressingTheTrackAndDraggingAlongItIsOneStepToo(FxRobot robot) {
        Node track = slider(robot).lookup(".track");

        robot.moveTo(track).moveBy(-40, 0).press(MouseButton.PRIMARY);
        for (int i = 0; i < 10; i++) {
            robot.moveBy(8, 0);
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(mining()).isNotEqualTo(3.5);
        assertThat(undoSteps(robot)).isEqualTo(1);
    }

    @Test
    void eachArrowKeyOnTheSliderIsOneStep(FxRobot robot) {
        robot.interact(() -> slider(robot).requestFocus());

        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);

        assertThat(mining()).isEqualTo(3.5 + 0.6, Offset.offset(1e-9));
        assertThat(undoSteps(robot)).isEqualTo(3);
    }

    @Test
    void aScenarioShownFromElsewhereMovesSliderAndFieldWithoutAnEditBack(FxRobot robot) {
        robot.interact(() -> document.open(seed.withInvestment("mining", 20), null));

        assertThat(slider(robot).getMax()).isEqualTo(20);
        assertThat(slider(robot).getValue()).isEqualTo(20);
        assertThat(field(robot)).isEqualTo("20");

        robot.interact(() -> document.open(seed, null));

        assertThat(slider(robot).getMax()).as("back to the usual range").isEqualTo(12);
        assertThat(slider(robot).getValue()).isEqualTo(3.5);
        assertThat(field(robot)).isEqualTo("3.5");
        assertThat(session.scenario()).as("the slider's shrinking range moved nothing").isSameAs(seed);
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void aStartShownInTheTimingIsNotClampedIntoAnEdit(FxRobot robot) {
        robot.interact(() -> robot.lookup("#lever-mining-timing").queryAs(TitledPane.class).setExpanded(true));
        Scenario early = seed.withLever("mining", new Lever(3.5, 2025, 12, 0.5));
        Scenario late = seed.withLever("mining", new Lever(3.5, 2035, 4, 0.5));

        robot.interact(() -> document.open(early, null));
        robot.interact(() -> document.open(late, null));

        assertThat(session.scenario()).isSameAs(late);
        assertThat(robot.lookup("#lever-mining-duration").queryAs(Spinner.class).getValue()).isEqualTo(4);
        assertThat(robot.lookup("#lever-mining-start").queryAs(Spinner.class).getValue()).isEqualTo(2035);

        robot.interact(() -> document.open(early, null));
        assertThat(session.scenario()).as("nor an earlier start's longer programme").isSameAs(early);
        assertThat(robot.lookup("#lever-mining-duration").queryAs(Spinner.class).getValue()).isEqualTo(12);
    }

    @Test
    void textBeingTypedStaysWhileAnotherLeverMoves(FxRobot robot) {
        robot.doubleClickOn("#lever-mining-field").eraseText(6).write("4.75");

        robot.interact(() -> robot.lookup("#lever-processing-slider").queryAs(Slider.class).setValue(2));

        assertThat(session.scenario().lever("processing").investmentUsdBn()).isEqualTo(2);
        assertThat(field(robot)).isEqualTo("4.75");
        assertThat(mining()).isEqualTo(3.5);
        robot.push(KeyCode.ENTER);
        assertThat(mining()).isEqualTo(4.75);
        assertThat(field(robot)).isEqualTo("4.75");
    }
}
