package org.reeplanner.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window besides the main one (the model guide, a chart for the projector): built on first use, then shown again
 * as it was; it follows the chosen theme and can be closed together with the main window.
 */
public final class SecondaryWindow {
    /** The most of the screen a secondary window takes at first, so that the main window stays in reach. */
    private static final double MAX_SHARE = 0.9;
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 420;
    private final String id;
    private final String title;
    private final double width;
    private final double height;
    private final Supplier<Parent> content;
    private final ObservableValue<Theme> theme;
    private Stage stage;

    public SecondaryWindow(String id, String title, double width, double height, Supplier<Parent> content,
                           ObservableValue<Theme> theme) {
        this.id = id;
        this.title = title;
        this.width = width;
        this.height = height;
        this.content = content;
        this.theme = theme;
    }

    /**
     * Shows the window (building it the first time, with {@code owner}'s icons) and brings it forward. It opens at
     * its size, or as much of it as fits, centred on the screen that shows most of {@code owner}; Escape closes it.
     */
    public Stage show(Stage owner) {
        if (stage == null) {
            stage = new Stage();
            Parent root = content.get();
            root.setId(root.getId() == null ? id : root.getId());
            Scene scene = new Scene(root);
            theme.subscribe(t -> t.apply(scene));
            // A filter: lists and scroll panes inside would otherwise take Escape for themselves.
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.close();
                    e.consume();
                }
            });
            stage.setScene(scene);
            stage.setTitle(title);
            stage.getIcons().setAll(owner.getIcons());
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
            Rectangle2D screen = screenOf(owner);
            StageBounds.place(stage, WindowPlacement.centred(screen, Math.min(width, screen.getWidth() * MAX_SHARE),
                    Math.min(height, screen.getHeight() * MAX_SHARE), MIN_WIDTH, MIN_HEIGHT));
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    /** The usable area of the screen that shows most of {@code window}, or of the primary screen. */
    static Rectangle2D screenOf(Window window) {
        if (window == null || window.getWidth() <= 0) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /** The window once built, or null. */
    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
