package org.reeplanner.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.reeplanner.model.analysis.Progress;

/**
 * Adapts the model's {@link Progress} to the window: reports from a background thread reach {@code onUiThread}
 * through {@code uiThread}, at most one waiting at a time (the latest fraction wins, so a fast task cannot flood the
 * FX thread), and {@link #cancel()} from the FX thread makes the task stop at its next check.
 */
public final class CancellableProgress implements Progress {
    private final Executor uiThread;
    private final DoubleConsumer onUiThread;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final AtomicLong latest = new AtomicLong();

    public CancellableProgress(Executor uiThread, DoubleConsumer onUiThread) {
        this.uiThread = uiThread;
        this.onUiThread = onUiThread;
    }

    @Override
    public void report(double fraction) {
        latest.set(Double.doubleToRawLongBits(fraction));
        if (waiting.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                waiting.set(false);
                onUiThread.accept(Double.longBitsToDouble(latest.get()));
            });
        }
    }

    /** Asks the task to stop; it throws {@link java.util.concurrent.CancellationException} at its next check. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
