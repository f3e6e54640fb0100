package org.reeplanner.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread: the work runs there once no request has come for the given time. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition wait;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        wait = new PauseTransition(quiet);
        wait.setOnFinished(e -> {
            Runnable work = pending;
            pending = null;
            if (work != null) {
                work.run();
            }
        });
    }

    @Override
    public void request(Runnable work) {
        pending = work;
        wait.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        wait.stop();
    }
}
