package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class CancellableProgressTest {
    private final Queue<Runnable> uiThread = new ArrayDeque<>();
    private final List<Double> shown = new ArrayList<>();
    private final CancellableProgress progress = new CancellableProgress(uiThread::add, shown::add);

    @Test
    void reportsWaitingForTheUiThreadAreMergedAndTheLatestWins() {
        progress.report(0.1);
        progress.report(0.2);
        progress.report(0.3);

        assertThat(uiThread).hasSize(1);
        uiThread.remove().run();
        progress.report(0.9);
        uiThread.remove().run();

        assertThat(shown).containsExactly(0.3, 0.9);
    }

    @Test
    void cancelIsSeenByTheTask() {
        assertThat(progress.isCancelled()).isFalse();

        progress.cancel();

        assertThat(progress.isCancelled()).isTrue();
    }
}
