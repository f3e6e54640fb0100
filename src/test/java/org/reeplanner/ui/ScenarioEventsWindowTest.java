package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scenario events below the levers: built just after the window's first frame (they are below the fold), then
 * reachable by scrolling the lever panel and bound to the scenario like every other control.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioEventsWindowTest {
    private PlannerApp app;

    @Start
    void start(Stage stage) {
        app = new PlannerApp();
        app.start(stage);
    }

    @Test
    void theEventsAreBuiltAfterTheFirstFrameAtTheEndOfTheLeverPanel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#events").tryQuery().isPresent());

        var content = robot.lookup("#lever-panel").queryAs(ScrollPane.class).getContent();
        var children = ((javafx.scene.Parent) content).getChildrenUnmodifiable();
        assertThat(children.get(children.size() - 1).getId()).isEqualTo("events");
        assertThat(robot.lookup("#event-enabled").queryAs(CheckBox.class).isSelected())
                .isEqualTo(app.viewModel().levers().events().restrictionProperty().get());
    }

    @Test
    void scrollingDownAndTickingTheRestrictionSetsItInTheScenario(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#event-enabled").tryQuery().isPresent());
        var restriction = app.viewModel().levers().events().restrictionProperty();
        boolean before = restriction.get();
        robot.interact(() -> robot.lookup("#lever-panel").queryAs(ScrollPane.class).setVvalue(1));

        robot.clickOn("#event-enabled");

        assertThat(restriction.get()).isNotEqualTo(before);
        assertThat(robot.lookup("#event-months").queryAs(Spinner.class).isDisabled()).isEqualTo(before);
    }
}
