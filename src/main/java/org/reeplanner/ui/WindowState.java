package org.reeplanner.ui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.reeplanner.io.PreferencesFile;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.StageBounds;
import org.reeplanner.ui.common.WindowPlacement;

/**
 * The main window's size, place and full-screen state: restored from the preferences onto the screens there are now,
 * its last normal bounds tracked (not those of full screen or maximised) for saving at exit, and presentation mode
 * tied to full screen both ways (F11 or the button enter it; Escape, F11 or leaving full screen end it).
 */
final class WindowState {
    private final Stage stage;
    private Rectangle2D normal;

    private WindowState(Stage stage) {
        this.stage = stage;
    }

    /**
     * Places {@code stage}: where {@code saved} says, moved and shrunk onto the screen it overlaps most, or on a
     * first start (or when that screen is gone) over {@link WindowPlacement#SCREEN_SHARE} of the primary screen,
     * centred; never smaller than {@code minWidth}×{@code minHeight} where the screen allows. Starts tracking it.
     */
    static WindowState install(Stage stage, PreferencesFile.WindowFile saved, double minWidth, double minHeight) {
        WindowState state = new WindowState(stage);
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Optional<Rectangle2D> restored = Optional.ofNullable(saved).flatMap(w -> WindowPlacement.restore(
                new Rectangle2D(w.x(), w.y(), w.width(), w.height()),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), minWidth, minHeight));
        StageBounds.place(stage, restored.orElseGet(() -> WindowPlacement.firstStart(primary, minWidth, minHeight)));
        if (restored.isPresent() && saved.maximized()) {
            stage.setMaximized(true);
        }
        Runnable track = () -> {
            if (!stage.isFullScreen() && !stage.isMaximized() && stage.getWidth() > 0) {
                state.normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().subscribe(track);
        stage.yProperty().subscribe(track);
        stage.widthProperty().subscribe(track);
        stage.heightProperty().subscribe(track);
        return state;
    }

    /** Ties presentation mode to full screen, with Escape as a way out. */
    void presentWith(MainViewModel vm, Scene scene) {
        stage.setFullScreenExitHint(Messages.get("present.exitHint"));
        vm.presentingProperty().subscribe(on -> stage.setFullScreen(on));
        stage.fullScreenProperty().subscribe((was, full) -> {
            if (!full) {
                vm.presentingProperty().set(false);
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.presentingProperty().get()) {
                vm.presentingProperty().set(false);
                e.consume();
            }
        });
    }

    /** The bounds to save: the last ones the window had outside full screen and maximised state. */
    PreferencesFile.WindowFile toSave() {
        Rectangle2D b = normal != null ? normal
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return new PreferencesFile.WindowFile(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(),
                stage.isMaximized());
    }

}
