package org.reeplanner.ui;

import java.io.PrintStream;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.ui.common.AfterFirstFrame;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * Hooks for the start-up and memory measurements in docs/performance.md; both off unless a system property asks,
 * and neither changes what the user sees.
 * <ul>
 *   <li>{@code -Dree.startupProbe=true} prints {@value #SHOWN} to stdout once the main window has been shown and its
 *   first pulse has laid it out (CSS, layout, charts); the start-up harness times process start → this line.</li>
 *   <li>{@code -Dree.probe.monteCarloRuns=N} then runs an N-run Monte Carlo of the start scenario on a background
 *   thread, keeps the bands reachable from the window (as a bands view would) and prints {@value #MONTE_CARLO_DONE}
 *   with the time taken: the memory measurement reads the process's resident size after that line.</li>
 *   <li>{@code -Dree.probe.exit=true} then closes the window (after the pulse), so that the app ends as when the
 *   user closes it.</li>
 * </ul>
 */
final class StartupProbe {
    static final String ENABLED = "ree.startupProbe";
    static final String MONTE_CARLO_RUNS = "ree.probe.monteCarloRuns";
    static final String EXIT = "ree.probe.exit";
    static final String SHOWN = "ree-probe: window shown";
    static final String MONTE_CARLO_DONE = "ree-probe: monte carlo done";
    private static final String BANDS_KEY = "ree.probe.bands";

    private StartupProbe() {
    }

    /** Installs the probes the system properties ask for; does nothing otherwise. */
    static void install(Stage stage, ScenarioSession session) {
        if (Boolean.getBoolean(ENABLED)) {
            install(stage, session, Integer.getInteger(MONTE_CARLO_RUNS, 0), Boolean.getBoolean(EXIT), System.out);
        }
    }

    /** Reports on {@code out}: the window shown, then, if {@code runs > 0}, the Monte Carlo done. */
    static void install(Stage stage, ScenarioSession session, int runs, boolean exit, PrintStream out) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> AfterFirstFrame.atEndOfNextLayout(stage.getScene(),
                () -> {
                    out.println(SHOWN);
                    out.flush();
                    if (runs > 0) {
                        startMonteCarlo(stage, session, runs, exit, out);
                    } else if (exit) {
                        Platform.runLater(stage::hide);
                    }
                }));
    }

    /** The bands of the probe's Monte Carlo, once done: kept with the window like a bands view would keep them. */
    static Bands bands(Stage stage) {
        return (Bands) stage.getProperties().get(BANDS_KEY);
    }

    private static void startMonteCarlo(Stage stage, ScenarioSession session, int runs, boolean exit,
                                        PrintStream out) {
        Scenario scenario = session.scenario();
        Thread worker = new Thread(() -> {
            long start = System.nanoTime();
            Bands bands = new MonteCarlo(session.model()).run(scenario, runs, 1, Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Platform.runLater(() -> {
                stage.getProperties().put(BANDS_KEY, bands);
                out.println(MONTE_CARLO_DONE + " (" + runs + " runs, " + millis + " ms)");
                out.flush();
                if (exit) {
                    Platform.runLater(stage::hide);
                }
            });
        }, "ree-probe-monte-carlo");
        worker.setDaemon(true);
        worker.start();
    }
}
