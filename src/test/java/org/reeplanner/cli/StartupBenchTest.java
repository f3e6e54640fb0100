package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench}'s start-up timing, with small shell commands standing in for the window. */
class StartupBenchTest {

    @Test
    void waitsForTheLineTheWindowsProbePrints() {
        assertThat(StartupBench.SHOWN).as("ui.StartupProbe.SHOWN, pinned in StartupProbeTest too")
                .isEqualTo("ree-probe: window shown");
    }

    @Test
    void timesProcessStartToTheProbeLineNotToTheProcessEnd() {
        List<String> window = List.of("sh", "-c", "echo starting; echo '" + StartupBench.SHOWN + "'; exec sleep 20");

        StartupBench.Outcome outcome = StartupBench.measure(window, 3, "three start-ups");

        assertThat(outcome.millis()).isPositive().isLessThan(10_000.0);
        assertThat(outcome.note()).isEqualTo("three start-ups");
    }

    @Test
    void theChildGetsTheProbeOptionsAndAThrowawayConfigFolderInJavaToolOptions() {
        List<String> window = List.of("sh", "-c", "case \"$JAVA_TOOL_OPTIONS\" in *'" + StartupBench.PROBE_OPTIONS
                + " -Dree.config.dir=/'*) echo '" + StartupBench.SHOWN + "';; esac");

        assertThat(StartupBench.measure(window, 1, "probe options passed").millis()).isNotNull();
    }

    @Test
    void aWindowThatNeverReportsGivesNoFigureAndSaysWhatItPrinted() {
        StartupBench.Outcome outcome = StartupBench.measure(List.of("sh", "-c", "echo no display here"), 1, "x");

        assertThat(outcome.millis()).isNull();
        assertThat(outcome.note()).startsWith("not measured: the window did not report being shown")
                .contains("no display here");
    }

    @Test
    void aCommandThatCannotStartGivesNoFigure() {
        StartupBench.Outcome outcome = StartupBench.measure(List.of("/nonexistent/ree-planner"), 1, "x");

        assertThat(outcome.millis()).isNull();
        assertThat(outcome.note()).startsWith("not measured: ");
    }

    @Test
    void zeroRunsMeasuresNothing() {
        assertThat(StartupBench.measure(0)).isEqualTo(new StartupBench.Outcome(null,
                "not measured (--startup-runs 0)"));
    }
}
