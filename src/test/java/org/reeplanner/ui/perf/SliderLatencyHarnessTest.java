package org.reeplanner.ui.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.ui.results.ChartTab;

/**
 * A smoke run of the latency harness (a few changes, no timing asserted) so it keeps working. For the real figures
 * run it with {@code -Dree.latency.samples=500 -Dree.latency.warmup=200}; see docs/performance.md.
 */
class SliderLatencyHarnessTest {

    @Test
    void measuresEveryStageOfAChangeOnEachTab() throws Exception {
        int samples = Integer.getInteger("ree.latency.samples", 8);
        int warmUp = Integer.getInteger("ree.latency.warmup", 4);
        List<ChartTab> tabs = SliderLatencyHarness.tabs(System.getProperty("ree.latency.tabs",
                "supply,china-share,costs,stress"));

        List<SliderLatencyHarness.Report> reports = SliderLatencyHarness.run(samples, warmUp, tabs);

        reports.forEach(System.out::println);
        assertThat(reports).extracting(SliderLatencyHarness.Report::tab).containsExactlyElementsOf(tabs);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.samples()).hasSize(samples).allSatisfy(s -> {
                assertThat(s.change()).isLessThanOrEqualTo(s.listenerDone());
                assertThat(s.pulseStart()).isLessThanOrEqualTo(s.modelDone());
                assertThat(s.modelDone()).isLessThanOrEqualTo(s.laidOut());
                assertThat(s.laidOut()).isLessThanOrEqualTo(s.painted());
            });
            assertThat(r.workP95()).isPositive().isGreaterThanOrEqualTo(r.workP50());
        });
    }
}
