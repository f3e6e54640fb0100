package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The KPI card titles are never cut ("China separ...") at the window sizes real desktops give: 80 % of a
 * 1366×768 screen under a window manager (1090×655), of 1600×900 and of 1920×1080; narrow cards show their short
 * titles, on two lines where needed.
 */
@ExtendWith(ApplicationExtension.class)
class KpiTitlesOnRealScreensTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new PlannerApp().start(stage);
    }

    @ParameterizedTest
    @CsvSource({"1090, 655", "1280, 720", "1530, 870", "1900, 1000"})
    void everyCardTitleIsShownWhole(double width, double height, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> titles = robot.lookup(".kpi-cards .kpi-title").queryAllAs(Label.class).stream().toList();
        assertThat(titles).hasSize(7);
        for (Label title : titles) {
            assertThat(shown(title)).as("title of %s at %.0f px", title.getId(), width).isEqualTo(title.getText());
        }
    }

    /** The text the label draws: its own text, or a cut one ending in an ellipsis. */
    private static String shown(Label label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText().replace("\n", " ") : label.getText();
    }
}
