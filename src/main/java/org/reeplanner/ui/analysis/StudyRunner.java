package org.reeplanner.ui.analysis;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.CancellableProgress;

/**
 * Runs one kind of study on the app's background executor where the newest request wins: starting a study cancels
 * the one running (the model stops at its next check), a study still waiting in the queue is skipped, and only the
 * newest study's result or failure comes back, on the FX thread. It shows whether a study runs and how far it is.
 * FX thread only.
 */
public final class StudyRunner {
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private long generation;
    private CancellableProgress current;

    public StudyRunner(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * Starts {@code study} in the background, cancelling the one before. {@code onResult} or {@code onFailure}
     * (never for a cancellation) runs on the FX thread if no newer study was started or {@link #cancel()} called.
     */
    public <T> void start(Function<Progress, T> study, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        stopCurrent();
        long mine = ++generation;
        CancellableProgress p = new CancellableProgress(tasks::later, fraction -> {
            if (mine == generation) {
                progress.set(fraction);
            }
        });
        current = p;
        progress.set(0);
        running.set(true);
        tasks.run(() -> {
            if (p.isCancelled()) {
                throw new CancellationException("a newer study replaced this one");
            }
            return study.apply(p);
        }, result -> {
            if (finish(mine)) {
                onResult.accept(result);
            }
        }, failure -> {
            if (finish(mine) && !(failure instanceof CancellationException)) {
                onFailure.accept(failure);
            }
        });
    }

    /** Stops the running study, if any; its result will not be delivered. */
    public void cancel() {
        stopCurrent();
        generation++;
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The running study's fraction done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private boolean finish(long study) {
        if (study != generation) {
            return false;
        }
        current = null;
        running.set(false);
        progress.set(1);
        return true;
    }

    private void stopCurrent() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}
