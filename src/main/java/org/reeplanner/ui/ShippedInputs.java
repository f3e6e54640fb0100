package org.reeplanner.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
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
 * takes the result from the supplier it returns: handed down from {@link PlannerApp#open()}, not kept in a static.
 *
 * @param model the impact model over {@code data}
 */
record ShippedInputs(ModelData data, ScenarioReader reader, Scenario seed, ImpactModel model, FactSheet facts) {

    /** Reads the shipped data and the start scenario now, on the calling thread. */
    static ShippedInputs read() {
        ModelData data = ModelDataReader.readShipped();
        ScenarioReader reader = new ScenarioReader(data.focusAreas());
        Scenario seed = reader.readShipped(AppContext.START_SCENARIO);
        return new ShippedInputs(data, reader, seed, new ImpactModel(data), FactSheet.readShipped());
    }

    /**
     * Starts reading on a daemon thread, which then does the {@link StartupWarmUp}; the supplier returned waits for
     * the reading only, and throws a failure of the background read as it was thrown there. Call before the toolkit
     * starts.
     */
    static Supplier<ShippedInputs> prefetch() {
        CompletableFuture<ShippedInputs> target = new CompletableFuture<>();
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
        return () -> join(target);
    }

    private static ShippedInputs join(CompletableFuture<ShippedInputs> pending) {
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
