package org.reeplanner.ui.perf;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.reeplanner.io.ConfigFolder;
import org.reeplanner.ui.AppHarness;
import org.reeplanner.ui.results.ChartTab;

/**
 * Measures what one slider change costs the window, headless: slider value set → (next pulse) model run and every
 * view model of the shown tab updated → CSS and layout done ({@code Scene.addPostLayoutPulseListener}) → frame
 * painted (the renderer's frame-done callback). "Work" is the listener's time plus pulse start → painted, so the
 * wait for the next 60 Hz pulse is left out; "end to end" keeps it. Not a test: run it by hand, see
 * docs/performance.md. Arguments: samples (500), warm-up changes (200), tabs (supply,china-share,costs,stress; also
 * market).
 * The supply tab moves the mining slider, the others processing, so each change redraws what the tab shows.
 */
public final class SliderLatencyHarness {
    private static final long FRAME_TIMEOUT_MS = 2_000;

    private final Stage stage;
    private Slider slider;
    private final AppHarness app;
    private final Probe probe = new Probe();

    private SliderLatencyHarness(Stage stage, AppHarness app) {
        this.stage = stage;
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty(ConfigFolder.PROPERTY) == null) {
            // Keeps the window's autosave and recent files out of the user's own configuration.
            System.setProperty(ConfigFolder.PROPERTY, Files.createTempDirectory("ree-latency-config").toString());
        }
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<ChartTab> tabs = tabs(args.length > 2 ? args[2] : "supply,china-share,costs,stress");
        for (Report r : run(samples, warmUp, tabs)) {
            System.out.println(r);
        }
        Platform.exit();
    }

    /** Opens the window, then per tab moves the mining slider {@code warmUp + samples} times and reports. */
    public static List<Report> run(int samples, int warmUp, List<ChartTab> tabs) throws Exception {
        startToolkit();
        SliderLatencyHarness h = onFx(() -> {
            Stage stage = new Stage();
            SliderLatencyHarness harness = new SliderLatencyHarness(stage, AppHarness.show(stage));
            harness.install();
            return harness;
        });
        List<Report> reports = new ArrayList<>();
        try {
            for (ChartTab tab : tabs) {
                onFx(() -> {
                    h.app.viewModel().charts().selectedProperty().set(tab);
                    h.slider = (Slider) h.stage.getScene().lookup("#lever-" + lever(tab) + "-slider");
                    return null;
                });
                h.measure(warmUp);
                reports.add(new Report(tab, lever(tab), h.measure(samples)));
            }
        } finally {
            onFx(() -> {
                h.stage.close();
                h.app.close();
                return null;
            });
        }
        return reports;
    }

    /** The lever whose slider is moved for a tab: one that changes what the tab shows. */
    static String lever(ChartTab tab) {
        return tab == ChartTab.SUPPLY ? "mining" : "processing";
    }

    /** Moves the slider {@code n} times, one change per painted frame; returns the timings of each. */
    private List<Sample> measure(int n) throws Exception {
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double value = sweep(i);
            long gcBefore = gcCount();
            probe.arm();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                slider.setValue(value);
                probe.changed(t0, System.nanoTime());
            });
            if (!probe.painted.await(FRAME_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("no frame painted within " + FRAME_TIMEOUT_MS + " ms of change " + i);
            }
            out.add(probe.sample(gcCount() - gcBefore));
        }
        return out;
    }

    /** A triangle wave over the slider's range, avoiding repeats so every change really changes the model. */
    private double sweep(int i) {
        double max = slider.getMax();
        int period = 240;
        int k = i % period;
        double phase = k < period / 2 ? k : period - k;
        return Math.round(max * (0.01 + 0.98 * phase / (period / 2.0)) * 1000 + i % 7) / 1000.0;
    }

    private void install() {
        Scene scene = stage.getScene();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                probe.pulse(now);
            }
        }.start();
        app.viewModel().session().resultProperty().subscribe((before, now) -> probe.modelDone(System.nanoTime()));
        scene.addPostLayoutPulseListener(() -> probe.laidOut(System.nanoTime()));
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> probe.painted(System.nanoTime()));
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Tabs by their keys, e.g. "supply,costs". */
    static List<ChartTab> tabs(String keys) {
        return Arrays.stream(keys.split(",")).map(String::trim).map(SliderLatencyHarness::tab).toList();
    }

    private static ChartTab tab(String key) {
        return Arrays.stream(ChartTab.values()).filter(t -> t.tabId().equals("tab-" + key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tab '" + key + "'"));
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
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
        T t = (T) result[0];
        return t;
    }

    /** One change's timestamps (System.nanoTime), all taken on the FX thread. */
    record Sample(long change, long listenerDone, long pulseStart, long modelDone, long laidOut, long painted,
                  long collections) {

        double workMillis() {
            return ((listenerDone - change) + (painted - pulseStart)) / 1e6;
        }

        double endToEndMillis() {
            return (painted - change) / 1e6;
        }

        double modelMillis() {
            return (modelDone - pulseStart) / 1e6;
        }

        double layoutMillis() {
            return (laidOut - modelDone) / 1e6;
        }

        double paintMillis() {
            return (painted - laidOut) / 1e6;
        }
    }

    /** The figures for one tab: p50 and p95 of the work per change and of its parts. */
    public record Report(ChartTab tab, String lever, List<Sample> samples) {

        public double workP50() {
            return Percentile.of(samples.stream().mapToDouble(Sample::workMillis).toArray(), 50);
        }

        public double workP95() {
            return Percentile.of(samples.stream().mapToDouble(Sample::workMillis).toArray(), 95);
        }

        @Override
        public String toString() {
            long withGc = samples.stream().filter(s -> s.collections() > 0).count();
            return String.format(Locale.ROOT, "%-12s (%s slider) n=%d  work p50 %.1f ms, p95 %.1f ms | model+view"
                            + " models p50 %.2f | CSS+layout p50 %.1f | paint p50 %.1f, p95 %.1f | end to end p50 %.1f,"
                            + " p95 %.1f ms | changes with a GC: %d",
                    tab.title(), lever, samples.size(), workP50(), workP95(), p(Sample::modelMillis, 50),
                    p(Sample::layoutMillis, 50), p(Sample::paintMillis, 50), p(Sample::paintMillis, 95),
                    p(Sample::endToEndMillis, 50), p(Sample::endToEndMillis, 95), withGc);
        }

        private double p(ToDoubleFunction<Sample> f, double percentile) {
            return Percentile.of(samples.stream().mapToDouble(f).toArray(), percentile);
        }
    }
}
