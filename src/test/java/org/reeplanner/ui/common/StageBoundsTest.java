package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window manager that maps a new window at its first size (as openbox does with JavaFX 21) does not get the last
 * word: the bounds asked for are put back while the window settles, and a later resize by the user is left alone.
 */
@ExtendWith(ApplicationExtension.class)
class StageBoundsTest {
    private static final Rectangle2D WANTED = new Rectangle2D(100, 80, 900, 600);
    private Stage shown;

    @Test
    void boundsLostWhenTheWindowIsMappedArePutBack(FxRobot robot) throws Exception {
        robot.interact(this::placedStage);
        Stage stage = shown;
        robot.interact(() -> {
            stage.setWidth(200);
            stage.setHeight(200);
        });

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> stage.getWidth() == WANTED.getWidth());
        assertThat(stage.getHeight()).isEqualTo(WANTED.getHeight());
        robot.interact(stage::close);
    }

    @Test
    void aResizeAfterTheWindowSettledIsTheUsers(FxRobot robot) throws Exception {
        robot.interact(this::placedStage);
        Thread.sleep((long) StageBounds.SETTLE.toMillis() + 300);
        robot.interact(() -> shown.setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown.getWidth()).isEqualTo(700);
        robot.interact(shown::close);
    }

    private void placedStage() {
        shown = new Stage();
        shown.setScene(new Scene(new Pane()));
        StageBounds.place(shown, WANTED);
        shown.show();
    }
}
