package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

class TornadoTest {
    private final Tornado tornado = new Tornado(AnalysisFixtures.MODEL);
    private final Scenario seed = AnalysisFixtures.scenario("seed-baseline");

    @Test
    void barsAreSortedWidestFirstAndCoverParametersAndFundedLevers() {
        List<TornadoBar> bars = tornado.of(seed, Series.SHARE_CHINA_SEPARATION.id(), 2035);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).swing()).isLessThanOrEqualTo(bars.get(i - 1).swing());
        }
        assertThat(bars).filteredOn(b -> b.kind() == TornadoBar.Kind.LEVER).extracting(TornadoBar::key)
                .containsExactlyInAnyOrder("mining", "rnd", "recycling");
        assertThat(bars.get(0).swing()).isGreaterThan(0.01);
        assertThat(bars.get(0).kind()).isEqualTo(TornadoBar.Kind.PARAMETER);
    }

    @Test
    void aParameterBarShowsTheModelRunWithThatParameterAtItsLowAndHigh() {
        TornadoBar bar = tornado.of(seed, Series.SHARE_CHINA_SEPARATION.id(), 2035).stream()
                .filter(b -> b.key().equals(Param.CHINA_SEPARATION_GROWTH.key())).findFirst().orElseThrow();
        double[] values = AnalysisFixtures.DATA.parameters().baseValues();
        values[Param.CHINA_SEPARATION_GROWTH.ordinal()] = bar.inputHigh();
        double expected = AnalysisFixtures.MODEL.run(seed, values).value(Series.SHARE_CHINA_SEPARATION, 2035);
        assertThat(bar.outputHigh()).isEqualTo(expected);
        assertThat(bar.outputHigh()).as("faster Chinese growth raises its share").isGreaterThan(bar.outputLow());
    }

    @Test
    void leverBarsMoveTheMoneyByHalfEitherWay() {
        TornadoBar mining = tornado.of(seed, Series.MINING_ALLIED.id(), 2035).stream()
                .filter(b -> b.key().equals("mining")).findFirst().orElseThrow();
        assertThat(mining.inputLow()).isEqualTo(1.75);
        assertThat(mining.inputHigh()).isEqualTo(5.25);
        assertThat(mining.outputHigh()).isGreaterThan(mining.outputBase()).isGreaterThan(mining.outputLow());
    }

    @Test
    void anUnknownSeriesIsRefused() {
        assertThatThrownBy(() -> tornado.of(seed, "no.such.series", 2030))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.series");
    }
}
