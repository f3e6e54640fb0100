package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

class WhenFirstShownTest {
    private final Pane pane = new Pane(new Region());
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty();
    private final AtomicInteger builds = new AtomicInteger();

    private void install() {
        WhenFirstShown.add(pane, shown, () -> {
            builds.incrementAndGet();
            return List.of(new Region(), new Region());
        });
    }

    @Test
    void buildsNothingWhileNeverShown() {
        install();
        shown.set(false);

        assertThat(builds).hasValue(0);
        assertThat(pane.getChildren()).hasSize(1);
    }

    @Test
    void addsTheNodesAfterTheOthersTheFirstTimeItIsShownAndOnlyThen() {
        install();

        shown.set(true);
        shown.set(false);
        shown.set(true);

        assertThat(builds).hasValue(1);
        assertThat(pane.getChildren()).hasSize(3);
    }

    @Test
    void buildsAtOnceWhenAlreadyShown() {
        shown.set(true);

        install();

        assertThat(builds).hasValue(1);
        assertThat(pane.getChildren()).hasSize(3);
    }
}
