package org.reeplanner.ui.scenarios;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands its result or failure back on the UI thread. The app passes its background
 * executor; tests pass {@link #SAME_THREAD}.
 */
@FunctionalInterface
public interface TaskRunner {
    /** Runs everything at once on the caller's thread, in order. */
    TaskRunner SAME_THREAD = TaskRunner::runHere;

    <T> void run(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    private static <T> void runHere(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = task.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
