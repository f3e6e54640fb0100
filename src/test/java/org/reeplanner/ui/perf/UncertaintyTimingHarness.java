package org.reeplanner.ui.perf;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reeplanner.io.ConfigFolder;
import org.reeplanner.ui.AppHarness;
import org.reeplanner.ui.analysis.UncertaintyViewModel;

/**
 * Times the uncertainty study in the running window: turns the band on, then changes the processing lever and waits
 * for the new band, {@code studies} times. Reports the model's own time per 10,000-run study (measured around
 * {@code MonteCarlo.run} on the app's compute pool) and the time from the change to the new band (which includes the
 * 200 ms wait for the scenario to rest). Not a test: run it by hand, see docs/performance.md.
 */
public final class UncertaintyTimingHarness {
    private static final long POLL_MS = 5;
    private static final long REST_MS = 300;

    private UncertaintyTimingHarness() {
    }

    /** Per study: the model's time and change → new band, both in milliseconds. */
    public record Report(List<Double> modelMillis, List<Double> changeToBandMillis) {
        /** The median of the studies after the first (which also pays for the JIT). */
        public double medianModel() {
            return Percentile.of(modelMillis.stream().skip(1).mapToDouble(Double::doubleValue).toArray(), 50);
        }

        public double medianChangeToBand() {
            return Percentile.of(changeToBandMillis.stream().mapToDouble(Double::doubleValue).toArray(), 50);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Monte Carlo 10k in the window, %d studies after the first: model "
                            + "median %.0f ms (min %.0f, max %.0f); change -> new band median %.0f ms; first study "
                            + "%.0f ms", modelMillis.size() - 1, medianModel(), min(modelMillis), max(modelMillis),
                    medianChangeToBand(), modelMillis.get(0));
        }

        private static double min(List<Double> v) {
            return v.stream().skip(1).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        private static double max(List<Double> v) {
            return v.stream().skip(1).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty(ConfigFolder.PROPERTY) == null) {
            System.setProperty(ConfigFolder.PROPERTY, Files.createTempDirectory("ree-mc-config").toString());
        }
        System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 25));
        Platform.exit();
    }

    /** Opens the window, turns the band on and times {@code studies} studies after the first. */
    public static Report run(int studies) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
        Stage[] stage = new Stage[1];
        AppHarness app = onFx(() -> {
            stage[0] = new Stage();
            AppHarness harness = AppHarness.show(stage[0]);
            harness.viewModel().charts().uncertaintyShownProperty().set(true);
            return harness;
        });
        UncertaintyViewModel study = app.viewModel().analysis().uncertainty();
        List<Double> toBand = new ArrayList<>();
        try {
            awaitStudies(study, 1);
            for (int i = 1; i <= studies; i++) {
                Thread.sleep(REST_MS);
                double amount = 1 + (i % 10) * 0.5;
                long t0 = System.nanoTime();
                onFx(() -> {
                    app.viewModel().session().edit(s -> s.withInvestment("processing", amount));
                    return null;
                });
                awaitStudies(study, i + 1);
                toBand.add((System.nanoTime() - t0) / 1e6);
            }
            return new Report(onFx(() -> List.copyOf(study.studyMillis())), toBand);
        } finally {
            onFx(() -> {
                app.close();
                stage[0].close();
                return null;
            });
        }
    }

    private static void awaitStudies(UncertaintyViewModel study, int count) throws Exception {
        while (onFx(() -> study.studyMillis().size() < count || study.staleProperty().get())) {
            Thread.sleep(POLL_MS);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
