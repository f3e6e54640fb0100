package org.reeplanner.ui.common;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Gives a stage its bounds and makes them stick. Under a window manager (openbox, and others on Linux) JavaFX 21
 * maps the window first at its default or minimum size and the size asked for before {@code show} is lost; without
 * one, and in the headless tests, it is kept. So for a short while after the window is shown its bounds are put
 * back whenever they come out different, a few times at most, and never once it is maximised or full screen.
 */
public final class StageBounds {
    /** How long after showing the window manager's first sizes are corrected. */
    static final Duration SETTLE = Duration.millis(1500);
    private static final int MAX_CORRECTIONS = 4;
    private static final double TOLERANCE = 2;

    private StageBounds() {
    }

    /** Sets {@code bounds} on {@code stage} now and keeps them through its first showing. */
    public static void place(Stage stage, Rectangle2D bounds) {
        apply(stage, bounds);
        int[] corrections = {0};
        InvalidationListener check = o -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && corrections[0] < MAX_CORRECTIONS
                    && differs(stage, bounds)) {
                corrections[0]++;
                Platform.runLater(() -> {
                    if (!stage.isMaximized() && !stage.isFullScreen() && differs(stage, bounds)) {
                        apply(stage, bounds);
                    }
                });
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                stage.widthProperty().addListener(check);
                stage.heightProperty().addListener(check);
                check.invalidated(null);
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(e -> {
                    stage.widthProperty().removeListener(check);
                    stage.heightProperty().removeListener(check);
                });
                settle.play();
            }
        });
    }

    private static void apply(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private static boolean differs(Stage stage, Rectangle2D bounds) {
        return Math.abs(stage.getWidth() - bounds.getWidth()) > TOLERANCE
                || Math.abs(stage.getHeight() - bounds.getHeight()) > TOLERANCE;
    }
}
