package org.reeplanner.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;

/**
 * What the window starts from: the shipped model data, a reader for scenario files, the start scenario and the
 * fact rows behind the assumptions. Reading them (Jackson, the data files, the model's set-up) needs no JavaFX, so
 * {@link #prefetch()} starts it on a background thread while the JavaFX toolkit is still starting, and the window
 * {@link #take() takes} the result.
 *
 * @param model the impact model over {@code data}
 */
record ShippedInputs(ModelData data, ScenarioReader reader, Scenario seed, ImpactModel model, FactSheet facts) {
    private static CompletableFuture<ShippedInputs> prefetched;

    /** Reads the shipped data and the start scenario now, on the calling thread. */
    static ShippedInputs read() {
        ModelData data = ModelDataReader.readShipped();
        ScenarioReader reader = new ScenarioReader(data.focusAreas());
        Scenario seed = reader.readShipped(AppContext.START_SCENARIO);
        return new ShippedInputs(data, reader, seed, new ImpactModel(data), FactSheet.readShipped());
    }

    /**
     * Starts reading on a daemon thread, which then does the {@link StartupWarmUp}; the next {@link #take()} waits
     * for the reading only. Call before the toolkit starts.
     */
    static synchronized void prefetch() {
        if (prefetched == null) {
            prefetched = new CompletableFuture<>();
            CompletableFuture<ShippedInputs> target = prefetched;
            Thread reading = new Thread(() -> {
                try {
                    ShippedInputs inputs = read();
                    target.complete(inputs);
                    StartupWarmUp.run();
                } catch (RuntimeException | Error e) {
                    target.completeExceptionally(e);
                }
            }, "ree-startup-read");
            reading.setDaemon(true);
            reading.start();
        }
    }

    /**
     * The prefetched inputs, waiting for them if need be, or read now when nothing was prefetched; a failure of the
     * background read is thrown here as it was thrown there. Each prefetch is taken once.
     */
    static ShippedInputs take() {
        CompletableFuture<ShippedInputs> pending;
        synchronized (ShippedInputs.class) {
            pending = prefetched;
            prefetched = null;
        }
        if (pending == null) {
            return read();
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
