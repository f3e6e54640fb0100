package org.reeplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands its result or failure back on the UI thread. The app's one implementation
 * is {@link BackgroundTasks} (its {@link BackgroundTasks#sameThread()} runs everything at once, for tests); code
 * that needs nothing else of it takes this interface.
 */
@FunctionalInterface
public interface TaskRunner {
    /** Runs {@code task} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
