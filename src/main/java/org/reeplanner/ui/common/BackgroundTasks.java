package org.reeplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's one place for work that must not block the FX thread (file reads and writes, exports, Monte Carlo):
 * named daemon threads, callbacks back on the FX thread, shut down on exit. {@link #sameThread()} runs everything
 * at once for tests.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {
    private static final long FILES_GRACE_SECONDS = 2;

    private final ExecutorService workers;
    private final Executor work;
    private final Executor callbacks;
    private ForkJoinPool compute = ForkJoinPool.commonPool();
    private ScheduledExecutorService files;

    private BackgroundTasks(ExecutorService workers, Executor work,
                            Executor callbacks) {
        this.workers = workers;
        this.work = work;
        this.callbacks = callbacks;
    }

    /**
     * One background thread ("ree-background-1") whose results come back through {@code Platform.runLater}, a file
     * thread ("ree-files-1") and a compute pool.
     */
    public static BackgroundTasks create() {
        ExecutorService pool = Executors.newSingleThreadExecutor(new Named("ree-background-"));
        BackgroundTasks tasks = new BackgroundTasks(pool, pool, Platform::runLater);
        tasks.compute = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), ComputeThread::new, null,
                false);
        tasks.files = Executors.newSingleThreadScheduledExecutor(new Named("ree-files-"));
        return tasks;
    }

    /** Work and callbacks on the caller's thread, in order: for tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(null, Runnable::run, Runnable::run);
    }

    /** Work and callbacks on executors the caller controls: for tests that step through a task. */
    public static BackgroundTasks of(Executor work, Executor callbacks) {
        return new BackgroundTasks(null, work, callbacks);
    }

    /**
     * Runs {@code task} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread; a failure of
     * {@code onSuccess} itself is not the task's.
     */
    @Override
    public <T> void run(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        work.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception | Error e) {
                callbacks.execute(() -> onFailure.accept(e));
                return;
            }
            callbacks.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs {@code update} where the callbacks run (the FX thread): for progress reports from a running task. */
    public void later(Runnable update) {
        callbacks.execute(update);
    }

    /**
     * The pool a study splits its work over (the Monte Carlo's chunks): one named daemon thread per core, so a study
     * uses the whole machine; the common pool (one thread on two cores) for tests.
     */
    public ForkJoinPool compute() {
        return compute;
    }

    /**
     * The one thread for small file writes that must stay in order or wait (autosave, recent files), so that they
     * never queue behind an export or a study. Only {@link #create()} has one.
     */
    public ScheduledExecutorService files() {
        if (files == null) {
            throw new IllegalStateException("these background tasks have no file thread");
        }
        return files;
    }

    /**
     * Stops taking work; a task already running finishes (its threads are daemons and never hold up exit), and
     * queued file writes get up to two seconds to finish.
     */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdown();
        }
        if (compute != ForkJoinPool.commonPool()) {
            compute.shutdown();
        }
        if (files != null) {
            files.shutdown();
            try {
                files.awaitTermination(FILES_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A daemon worker of the compute pool, "ree-compute-N". */
    private static final class ComputeThread extends ForkJoinWorkerThread {
        ComputeThread(ForkJoinPool pool) {
            super(pool);
            setName("ree-compute-" + getPoolIndex());
            setDaemon(true);
        }
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String prefix;

        Named(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
