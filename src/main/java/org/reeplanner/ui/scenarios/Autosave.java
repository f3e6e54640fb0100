package org.reeplanner.ui.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reeplanner.io.Recovery;
import org.reeplanner.io.RecoveryFiles;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;

/**
 * Keeps a recovery copy of unsaved work: every {@link #INTERVAL} and on demand (the window losing focus) it takes a
 * snapshot of the document on the UI thread and writes it, off that thread, to this process's recovery file. A
 * document without unsaved changes needs no copy, so the file is then removed; a clean exit removes it too.
 */
public final class Autosave {
    public static final Duration INTERVAL = Duration.ofSeconds(30);

    /** What to keep: the scenario, the file it belongs to, and whether it has unsaved changes. */
    public record Snapshot(Scenario scenario, Path file, boolean dirty) {
    }

    private final RecoveryFiles files;
    private final Supplier<Snapshot> snapshot;
    private final Executor uiThread;
    private final ScheduledExecutorService io;
    private final Clock clock;
    private final Consumer<String> onFailure;
    private ScheduledFuture<?> timer;
    /** Touched on the I/O thread only. */
    private Scenario written;
    private boolean failing;

    /**
     * @param snapshot  reads the document; called on the UI thread
     * @param uiThread  runs a task on the UI thread ({@code Platform::runLater} in the app)
     * @param io        a single-threaded executor for the writes, which keeps them in order
     * @param onFailure told (on the I/O thread) when a write fails, once until a write succeeds again
     */
    public Autosave(RecoveryFiles files, Supplier<Snapshot> snapshot, Executor uiThread, ScheduledExecutorService io,
                    Clock clock, Consumer<String> onFailure) {
        this.files = Objects.requireNonNull(files, "files");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.io = Objects.requireNonNull(io, "io");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** Starts saving every {@code interval} ({@link #INTERVAL} in the app). */
    public void start(Duration interval) {
        if (timer != null) {
            return;
        }
        long millis = interval.toMillis();
        timer = io.scheduleWithFixedDelay(() -> uiThread.execute(this::saveNow), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Saves a recovery copy now if there are unsaved changes not yet copied; call on the UI thread. */
    public void saveNow() {
        Snapshot s = snapshot.get();
        io.execute(() -> write(s));
    }

    /** On a clean exit: stops the timer and removes the recovery file (after any write already queued). */
    public void stopAndClear() {
        if (timer != null) {
            timer.cancel(false);
        }
        io.execute(this::clear);
    }

    private void write(Snapshot s) {
        try {
            if (!s.dirty()) {
                clear();
                return;
            }
            if (s.scenario().equals(written)) {
                return;
            }
            files.write(new Recovery(s.scenario(), s.file(), clock.instant()));
            written = s.scenario();
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                onFailure.accept(Messages.format("files.autosave.failed", e.getMessage()));
            }
        }
    }

    private void clear() {
        try {
            files.deleteOwn();
            written = null;
        } catch (IOException e) {
            onFailure.accept(Messages.format("files.autosave.removeFailed", files.ownFile(), e.getMessage()));
        }
    }
}
