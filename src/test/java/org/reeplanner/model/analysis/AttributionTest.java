package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

class AttributionTest {
    private final double[] defaults = AnalysisFixtures.DATA.parameters().baseValues();
    private final Scenario accelerated = AnalysisFixtures.scenario("accelerated-allied");

    @Test
    void leverSharesAndAssumptionsAddUpToTheTotalChange() {
        AttributionResult r = new Attribution(AnalysisFixtures.MODEL, defaults)
                .of(accelerated, Series.SHARE_CHINA_SEPARATION.id(), 2032);
        assertThat(r.assumptionsEffect()).isZero();
        assertThat(r.leversTotal() + r.assumptionsEffect()).isCloseTo(r.totalChange(), within(1e-12));
        assertThat(r.leverEffects().get("processing")).as("new plants cut China's share").isNegative();
        assertThat(r.leverEffects().get("stockpile")).as("a stockpile bought earlier barely moves the market now")
                .isCloseTo(0, within(0.001));
    }

    @Test
    void aLoneLeverGetsTheWholeChange() {
        Scenario onlyMining = accelerated.withoutInvestment().withInvestment("mining", 3.5);
        AttributionResult r = new Attribution(AnalysisFixtures.MODEL, defaults)
                .of(onlyMining, Series.MINING_ALLIED.id(), 2035);
        assertThat(r.leverEffects().get("mining")).isCloseTo(r.totalChange(), within(1e-9));
    }

    @Test
    void changedAssumptionsAreSeparatedFromTheLevers() {
        ImpactModel edited = new ImpactModel(AnalysisFixtures.DATA.withParameters(
                AnalysisFixtures.DATA.parameters().with(Param.CHINA_SEPARATION_GROWTH, 0.05)));
        AttributionResult r = new Attribution(edited, defaults)
                .of(accelerated, Series.SHARE_CHINA_SEPARATION.id(), 2035);
        assertThat(r.assumptionsEffect()).as("faster Chinese growth raises its share").isPositive();
        assertThat(r.leversTotal() + r.assumptionsEffect()).isCloseTo(r.totalChange(), within(1e-12));
    }
}
