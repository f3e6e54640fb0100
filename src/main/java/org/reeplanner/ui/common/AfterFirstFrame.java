package org.reeplanner.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work just after the first frame in which a node is laid out, for parts of the window that the first frame
 * does not show (below the fold): the window appears without waiting for them, and they are built before the user
 * can scroll to them (docs/performance.md, start-up).
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code action} on the FX thread once, after the first pulse that lays out {@code node} in a scene. */
    public static void run(Node node, Runnable action) {
        Runnable later = () -> Platform.runLater(action);
        if (node.getScene() != null) {
            atEndOfNextLayout(node.getScene(), later);
            return;
        }
        node.sceneProperty().subscribe(new Consumer<Scene>() {
            private boolean done;

            @Override
            public void accept(Scene scene) {
                if (scene != null && !done) {
                    done = true;
                    atEndOfNextLayout(scene, later);
                }
            }
        });
    }

    /** Runs {@code action} once, at the end of the next pulse's CSS and layout pass of {@code scene}. */
    public static void atEndOfNextLayout(Scene scene, Runnable action) {
        Runnable listener = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    action.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
