package org.reeplanner.startup;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick for start-up (SPEC §6): an empty JavaFX window of the main window's size, nothing else. With
 * {@code -Dree.startupProbe=true} it prints the same line at the same moment as the app's probe (first layout pulse
 * after the window is shown). Run by {@code src/dist/startup-bench.sh}; not part of the shipped jar.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application class; the main class must not extend Application when JavaFX is on the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1280, 800);
            stage.setTitle("Bare JavaFX window");
            stage.setScene(scene);
            if (Boolean.getBoolean("ree.startupProbe")) {
                stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                    boolean[] done = {false};
                    scene.addPostLayoutPulseListener(() -> {
                        if (!done[0]) {
                            done[0] = true;
                            System.out.println("ree-probe: window shown");
                            System.out.flush();
                        }
                    });
                    Platform.requestNextPulse();
                });
            }
            stage.show();
        }
    }
}
