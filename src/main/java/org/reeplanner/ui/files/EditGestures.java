package org.reeplanner.ui.files;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.reeplanner.ui.scenarios.ScenarioDocument;

/**
 * Makes undo steps the size a user thinks in for typing: what is typed into one text field until Enter or leaving
 * it is one step (a slider drag or a held spinner arrow is one step too, told by the control itself through
 * {@link org.reeplanner.ui.scenarios.ScenarioSession#setChanging}). Also
 * makes Ctrl+Z / Ctrl+Y (Cmd on macOS; Shift+Ctrl+Z too) undo and redo the scenario even when a text field has the
 * focus, which would otherwise take them for its own typing (Escape reverts typing there).
 */
public final class EditGestures {
    private static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");
    private static final KeyCombination REDO_ALT = KeyCombination.valueOf("Shortcut+Shift+Z");

    private EditGestures() {
    }

    public static void install(Scene scene, ScenarioDocument document) {
        scene.focusOwnerProperty().subscribe((before, now) -> {
            if (before instanceof TextInputControl) {
                document.endGesture();
            }
            if (now instanceof TextInputControl) {
                document.beginGesture();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) || REDO.match(e) || REDO_ALT.match(e)) {
                if (UNDO.match(e)) {
                    document.undo();
                } else {
                    document.redo();
                }
                e.consume();
                restartTyping(scene, document);
            } else if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof TextInputControl) {
                // Enter commits what was typed: that is one step, and typing on starts the next.
                Platform.runLater(() -> {
                    document.endGesture();
                    restartTyping(scene, document);
                });
            }
        });
        scene.windowProperty().flatMap(Window::focusedProperty).subscribe(focused -> {
            if (Boolean.FALSE.equals(focused)) {
                document.endAllGestures();
            }
        });
    }

    /** Undo closes open gestures; a text field that still has the focus starts a fresh one. */
    private static void restartTyping(Scene scene, ScenarioDocument document) {
        Node owner = scene.getFocusOwner();
        if (owner instanceof TextInputControl && !document.inGesture()) {
            document.beginGesture();
        }
    }
}
