package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

class MonteCarloTest {
    private final MonteCarlo monteCarlo = new MonteCarlo(AnalysisFixtures.MODEL);
    private final Scenario seed = AnalysisFixtures.scenario("seed-baseline");

    @Test
    void theSameSeedGivesIdenticalBandsWhateverTheThreadCount() {
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            Bands a = monteCarlo.run(seed, 1200, 42, Progress.NONE, one);
            Bands b = monteCarlo.run(seed, 1200, 42, Progress.NONE, three);
            assertThat(b.byId().keySet()).containsExactlyElementsOf(a.byId().keySet());
            a.byId().forEach((id, band) -> {
                assertThat(b.band(id).p10()).as(id).containsExactly(band.p10());
                assertThat(b.band(id).p50()).as(id).containsExactly(band.p50());
                assertThat(b.band(id).p90()).as(id).containsExactly(band.p90());
            });
        } finally {
            one.shutdown();
            three.shutdown();
        }
    }

    @Test
    void aDifferentSeedGivesDifferentBands() {
        Bands a = monteCarlo.run(seed, 500, 1, Progress.NONE);
        Bands b = monteCarlo.run(seed, 500, 2, Progress.NONE);
        assertThat(b.band("share.china.separation").p90()).isNotEqualTo(a.band("share.china.separation").p90());
    }

    @Test
    void bandsAreOrderedAndSpreadAroundTheDeterministicRun() {
        Bands bands = monteCarlo.run(seed, 2000, 7, Progress.NONE);
        Projection deterministic = AnalysisFixtures.MODEL.run(seed);
        bands.byId().forEach((id, band) -> {
            for (int y = 0; y < bands.years().length; y++) {
                assertThat(band.p10()[y]).as("%s p10 <= p50 in %d", id, bands.years()[y])
                        .isLessThanOrEqualTo(band.p50()[y]);
                assertThat(band.p50()[y]).as("%s p50 <= p90", id).isLessThanOrEqualTo(band.p90()[y]);
            }
        });
        int y2035 = 2035 - 2025;
        Band share = bands.band(Series.SHARE_CHINA_SEPARATION.id());
        assertThat(share.p90()[y2035] - share.p10()[y2035]).as("uncertain parameters give a real spread")
                .isGreaterThan(0.01);
        assertThat(deterministic.values(Series.SHARE_CHINA_SEPARATION)[y2035])
                .isBetween(share.p10()[y2035] - 0.02, share.p90()[y2035] + 0.02);
    }

    @Test
    void programmeSpendHasNoUncertaintyBecauseTheMoneyIsDecided() {
        Bands bands = monteCarlo.run(seed, 300, 3, Progress.NONE);
        Band spend = bands.band(Series.SPEND_CUMULATIVE.id());
        assertThat(spend.p10()).containsExactly(spend.p90());
    }

    @Test
    void cancellingStopsTheStudy() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> monteCarlo.run(seed, 5000, 1, cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void runsOutsideOneToOneHundredThousandAreRefused() {
        assertThatThrownBy(() -> monteCarlo.run(seed, 0, 1, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> monteCarlo.run(seed, MonteCarlo.MAX_RUNS + 1, 1, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStudyDrawsHowSureTheMoneyIsAndNotOnlyTheParameters() {
        Scenario none = AnalysisFixtures.scenario("no-new-investment");
        Scenario plants = none.withInvestment("processing", 6);
        String capacity = Series.CAPACITY_ALLIED_SEPARATION.id();
        Band without = monteCarlo.run(none, 2000, 7, Progress.NONE).band(capacity);
        Band with = monteCarlo.run(plants, 2000, 7, Progress.NONE).band(capacity);
        int y2035 = 10;
        // Delivery odds (0.5-0.9) and the lever response (0.7-1.2) widen the band of what the money builds.
        double spreadWithout = without.p90()[y2035] - without.p10()[y2035];
        double spreadWith = with.p90()[y2035] - with.p10()[y2035];
        assertThat(spreadWith).isGreaterThan(spreadWithout + 5_000);
    }
}
