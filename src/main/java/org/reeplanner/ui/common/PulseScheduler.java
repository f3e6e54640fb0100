package org.reeplanner.ui.common;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.animation.AnimationTimer;

/**
 * An {@link UpdateScheduler} that runs the work asked for since the last frame at the start of the next JavaFX pulse,
 * before CSS and layout, so the results are laid out and painted in that same frame. It stops its timer while there
 * is nothing to do. FX thread only.
 */
public final class PulseScheduler implements UpdateScheduler {
    private final Set<Runnable> pending = new LinkedHashSet<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runPending();
        }
    };
    private boolean running;

    @Override
    public void schedule(Runnable work) {
        pending.add(work);
        if (!running) {
            running = true;
            timer.start();
        }
    }

    private void runPending() {
        if (pending.isEmpty()) {
            timer.stop();
            running = false;
            return;
        }
        Runnable[] batch = pending.toArray(new Runnable[0]);
        pending.clear();
        for (Runnable work : batch) {
            work.run();
        }
    }
}
