package org.reeplanner.ui.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A smoke run of the uncertainty timing harness (one study after the first, no timing asserted) so it keeps
 * working. For the real figures run it with {@code -Dree.mc.studies=25}; see docs/performance.md.
 */
class UncertaintyTimingHarnessTest {

    @Test
    void timesEachStudyInTheWindow() throws Exception {
        UncertaintyTimingHarness.Report report = UncertaintyTimingHarness.run(Integer.getInteger("ree.mc.studies", 1));

        System.out.println(report);
        assertThat(report.modelMillis()).hasSize(report.changeToBandMillis().size() + 1).allSatisfy(ms ->
                assertThat(ms).isPositive());
        assertThat(report.medianChangeToBand()).as("includes the wait for the scenario to rest")
                .isGreaterThan(150);
    }
}
