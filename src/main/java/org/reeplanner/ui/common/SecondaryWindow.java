package org.reeplanner.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * A window besides the main one (the model guide, a chart for the projector): built on first use, then shown again
 * as it was; it follows the chosen theme and can be closed together with the main window.
 */
public final class SecondaryWindow {
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

    /** Shows the window (building it the first time, with the application's {@code icons}) and brings it forward. */
    public Stage show(List<Image> icons) {
        if (stage == null) {
            stage = new Stage();
            Parent root = content.get();
            root.setId(root.getId() == null ? id : root.getId());
            Scene scene = new Scene(root, width, height);
            theme.subscribe(t -> t.apply(scene));
            stage.setScene(scene);
            stage.setTitle(title);
            stage.getIcons().setAll(icons);
        }
        stage.show();
        stage.toFront();
        return stage;
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
