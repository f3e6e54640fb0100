package org.reeplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Changed assumptions anywhere within their hard limits keep every output finite and every share a fraction. */
class AssumptionLimitsTest {
    private static final ImpactModel MODEL = ShippedData.MODEL;
    private static final FocusAreaCatalog CATALOG = ShippedData.DATA.focusAreas();
    private static final Set<Series> FRACTIONS = EnumSet.of(Series.SHARE_CHINA_MINING, Series.SHARE_CHINA_SEPARATION,
            Series.SHARE_CHINA_MAGNETS, Series.RECOVERY_RATE, Series.SELF_SUFFICIENCY, Series.SECURED_SHARE,
            Series.RISK_INDEX);

    static Stream<Param> params() {
        return Stream.of(Param.values());
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @Test
    void everySourcedRangeLiesWithinTheHardLimits() {
        for (Param p : Param.values()) {
            ParameterSpec spec = ShippedData.DATA.parameters().spec(p);
            assertThat(AssumptionLimits.allows(p, spec.low())).as("%s low", p.key()).isTrue();
            assertThat(AssumptionLimits.allows(p, spec.high())).as("%s high", p.key()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void eachParameterAtEitherLimitKeepsTheRunSound(Param p) {
        for (String stem : new String[] {"seed-baseline", "accelerated-allied", "export-ban-stress"}) {
            Scenario base = ShippedData.scenario(stem);
            assertSound(MODEL.run(base.withAssumption(p, AssumptionLimits.min(p))), p.key() + " min, " + stem);
            assertSound(MODEL.run(base.withAssumption(p, AssumptionLimits.max(p))), p.key() + " max, " + stem);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void manyParametersAnywhereWithinTheirLimitsKeepTheRunSound(long seed) {
        Random random = new Random(seed);
        Scenario scenario = new RandomScenarios(seed, CATALOG).next();
        for (int k = 0; k < 12; k++) {
            Param p = Param.values()[random.nextInt(Param.values().length)];
            double u = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
            scenario = scenario.withAssumption(p, AssumptionLimits.min(p)
                    + u * (AssumptionLimits.max(p) - AssumptionLimits.min(p)));
        }
        assertThat(ScenarioRules.check(scenario, CATALOG)).noneMatch(Problem::isError);
        assertSound(MODEL.run(scenario), "seed " + seed);
    }

    @Test
    void valuesOutsideTheLimitsOrNotFiniteAreErrorsAtTheirPath() {
        Scenario s = ShippedData.scenario("seed-baseline").withAssumption(Param.ALLIED_DEMAND_SHARE, 1.5)
                .withAssumption(Param.CHINA_MINING_GROWTH, Double.NaN);
        assertThat(ScenarioRules.check(s, CATALOG)).extracting(Problem::path)
                .containsExactlyInAnyOrder("assumptions.allied.demandShare", "assumptions.china.mining.growth");
        assertThat(AssumptionLimits.describe(Param.ALLIED_DEMAND_SHARE)).isEqualTo("a number from 0 to 1 (fraction)");
    }

    @Test
    void theRunUsesTheChangedValueAndTheBaselineKeepsIt() {
        Scenario seed = ShippedData.scenario("seed-baseline");
        Scenario changed = seed.withAssumption(Param.CHINA_SEPARATION_GROWTH, 0.0);
        double before = MODEL.run(seed).value(Series.SHARE_CHINA_SEPARATION, 2035);
        double after = MODEL.run(changed).value(Series.SHARE_CHINA_SEPARATION, 2035);
        assertThat(after).isLessThan(before);
        assertThat(changed.withoutInvestment().assumptions()).isEqualTo(changed.assumptions());
        assertThat(changed.withoutAssumption(Param.CHINA_SEPARATION_GROWTH)).isEqualTo(seed);
        ImpactModel edited = MODEL.withAssumptionsOf(changed);
        assertThat(edited.data().parameters().base(Param.CHINA_SEPARATION_GROWTH)).isEqualTo(0.0);
        assertThat(edited.run(seed).values(Series.SHARE_CHINA_SEPARATION))
                .containsExactly(MODEL.run(changed).values(Series.SHARE_CHINA_SEPARATION));
        assertThat(MODEL.withAssumptionsOf(seed)).isSameAs(MODEL);
    }

    private static void assertSound(Projection p, String what) {
        for (Map.Entry<String, double[]> e : p.byId().entrySet()) {
            for (double v : e.getValue()) {
                assertThat(Double.isFinite(v)).as("%s finite (%s)", e.getKey(), what).isTrue();
            }
        }
        for (Series s : FRACTIONS) {
            for (double v : p.values(s)) {
                assertThat(v).as("%s in [0, 1] (%s)", s.id(), what).isBetween(0.0, 1.0);
            }
        }
    }
}
