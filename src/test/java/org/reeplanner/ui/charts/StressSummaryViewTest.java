package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stress summary on screen for the 2025 replay: its target, April start, a bar per month, magnets short. */
@ExtendWith(ApplicationExtension.class)
class StressSummaryViewTest {
    private final ScenarioSession session = Shipped.session("china-controls-2025-replay");

    @Start
    void start(Stage stage) {
        StressSummaryViewModel vm = new StressSummaryViewModel(session.resultProperty(),
                new YearCursor(2030, 2025, 2040));
        stage.setScene(new Scene(new StressSummaryView(vm), 1000, 260));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheReplaysTargetStartThreeMonthlyBarsAndMagnetsShort(FxRobot robot) {
        assertThat(text(robot, "#stress-target")).isEqualTo("Heavy rare earths and magnets");
        assertThat(text(robot, "#stress-start")).isEqualTo("from April 2025, 3 months");
        assertThat(robot.lookup("#stress-bars").queryParent().getChildrenUnmodifiable()).hasSize(3);
        assertThat(robot.lookup("#stress-bar-1").query().getAccessibleText()).isEqualTo("May 73%");
        assertThat(robot.lookup("#stress-bar-1 .stress-bar-fill").query().getLayoutBounds().getHeight())
                .isGreaterThan(robot.lookup("#stress-bar-0 .stress-bar-fill").query().getLayoutBounds().getHeight());
        assertThat(text(robot, "#stress-magnets-value")).isEqualTo("5.2 kt NdFeB");
    }

    @Test
    void switchingTheEventOffHidesTheRowByGroup(FxRobot robot) {
        robot.interact(() -> session.setScenario(session.scenario().withDisruption(
                session.scenario().disruption().withEnabled(false))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stress-event").query().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#stress-bars").queryParent().getChildrenUnmodifiable()).isEmpty();
    }
}
