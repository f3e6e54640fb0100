package org.reeplanner.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Builds the parts of a view that stay hidden until something happens (an export or a study running) when they
 * are first to be shown. Hidden nodes still get their skins and CSS when the window opens: the main window's hidden
 * progress bars, Cancel buttons and texts cost a few per cent of its start-up (docs/performance.md).
 */
public final class WhenFirstShown {
    private WhenFirstShown() {
    }

    /** Adds {@code nodes.get()} to the end of {@code pane}'s children the first time {@code shown} is true. */
    public static void add(Pane pane, ObservableValue<Boolean> shown, Supplier<List<Node>> nodes) {
        shown.subscribe(new Consumer<Boolean>() {
            private boolean built;

            @Override
            public void accept(Boolean on) {
                if (Boolean.TRUE.equals(on) && !built) {
                    built = true;
                    pane.getChildren().addAll(nodes.get());
                }
            }
        });
    }
}
