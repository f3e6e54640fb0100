package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.IsolatedConfigFolder;
import org.reeplanner.io.ConfigFolder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's size on a first start and the secondary windows' sizes, on the headless screen (1920×1200, set
 * in the pom). The window-manager case these guard against (sizes lost when the window is mapped) is covered by
 * {@code StageBounds}; here the sizes the app asks for are checked.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {
    @TempDir
    static Path config;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(config, "config");
        System.setProperty(ConfigFolder.PROPERTY, folder.toString());
        this.stage = stage;
        new PlannerApp().start(stage);
    }

    @AfterEach
    void restoreConfigFolder() {
        System.setProperty(ConfigFolder.PROPERTY, IsolatedConfigFolder.folder().toString());
    }

    @Test
    void aFirstStartFillsEightyPercentOfTheScreenCentred() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();

        assertThat(stage.getWidth()).isEqualTo(Math.floor(screen.getWidth() * 0.8));
        assertThat(stage.getHeight()).isEqualTo(Math.floor(screen.getHeight() * 0.8));
        assertThat(stage.getX() + stage.getWidth() / 2).isCloseTo(screen.getWidth() / 2, org.assertj.core.data
                .Offset.offset(1.0));
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(stage.getMinWidth());
    }

    @Test
    void theChartWindowOpensLargeEnoughToShowItsChart(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        Window chartWindow = secondary("chart-window");
        assertThat(chartWindow.getWidth()).isGreaterThanOrEqualTo(1200);
        assertThat(chartWindow.getHeight()).isGreaterThanOrEqualTo(750);
        assertThat(chartWindow.getScene().getRoot().lookup("#chart-supply").getLayoutBounds().getHeight())
                .isGreaterThan(chartWindow.getHeight() / 2);
        robot.interact(() -> ((Stage) chartWindow).close());
    }

    @Test
    void theGuideOpensAtAReadableSizeAndEscapeClosesIt(FxRobot robot) {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Window guide = secondary("guide-view");
        assertThat(guide.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(guide.getHeight()).isGreaterThanOrEqualTo(700);

        robot.targetWindow(guide).push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(guide.isShowing()).isFalse();
    }

    private Window secondary(String id) {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && id.equals(w.getScene().getRoot().getId())).findFirst().orElseThrow();
    }
}
