package org.reeplanner.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.reeplanner.io.PreferencesFile;
import org.reeplanner.ui.common.Messages;

/**
 * The main window's size, place and full-screen state: restored from the preferences when it is still on a screen,
 * its last normal bounds tracked (not those of full screen or maximised) for saving at exit, and presentation mode
 * tied to full screen both ways (F11 or the button enter it; Escape, F11 or leaving full screen end it).
 */
final class WindowState {
    private static final double MIN_VISIBLE = 80;
    private final Stage stage;
    private Rectangle2D normal;

    private WindowState(Stage stage) {
        this.stage = stage;
    }

    /** Sizes {@code stage} from {@code saved} (or the defaults) and starts tracking it. */
    static WindowState install(Stage stage, PreferencesFile.WindowFile saved, double defaultWidth,
                               double defaultHeight) {
        WindowState state = new WindowState(stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (saved != null && onSomeScreen(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(Math.min(saved.width(), screen.getWidth()));
            stage.setHeight(Math.min(saved.height(), screen.getHeight()));
            stage.setMaximized(saved.maximized());
        } else {
            stage.setWidth(defaultWidth);
            stage.setHeight(defaultHeight);
            stage.centerOnScreen();
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

    private static boolean onSomeScreen(PreferencesFile.WindowFile w) {
        Rectangle2D title = new Rectangle2D(w.x(), w.y(), Math.max(MIN_VISIBLE, w.width()), MIN_VISIBLE);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(title));
    }
}
