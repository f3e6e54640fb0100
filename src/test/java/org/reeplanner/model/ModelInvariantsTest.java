package org.reeplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that must hold for any valid scenario and any parameters within their ranges (1,000 seeds). */
class ModelInvariantsTest {
    private static final ImpactModel MODEL = ShippedData.MODEL;
    private static final FocusAreaCatalog CATALOG = ShippedData.DATA.focusAreas();
    private static final Set<Series> FRACTIONS = EnumSet.of(Series.SHARE_CHINA_MINING, Series.SHARE_CHINA_SEPARATION,
            Series.SHARE_CHINA_MAGNETS, Series.RECOVERY_RATE, Series.SELF_SUFFICIENCY, Series.SELF_SUFFICIENCY_MINING,
            Series.SELF_SUFFICIENCY_SEPARATION, Series.SELF_SUFFICIENCY_MAGNETS, Series.SECURED_SHARE,
            Series.LEAD_TIME_CUT, Series.RISK_INDEX);

    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyOutputIsFiniteSharesAreFractionsAndStagesAddUp(long seed) {
        RandomScenarios random = new RandomScenarios(seed, CATALOG);
        Scenario scenario = random.next();
        double[] parameters = seed % 2 == 0 ? ShippedData.DATA.parameters().baseValues()
                : random.parameters(ShippedData.DATA.parameters());
        Projection p = MODEL.run(scenario, parameters);

        assertThat(p.yearCount()).isEqualTo(scenario.endYear() - 2024);
        for (Map.Entry<String, double[]> e : p.byId().entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).hasSize(p.yearCount());
            for (double v : e.getValue()) {
                assertThat(Double.isFinite(v)).as("%s finite, seed %d", e.getKey(), seed).isTrue();
            }
        }
        for (Series s : FRACTIONS) {
            for (double v : p.values(s)) {
                assertThat(v).as("%s in [0, 1], seed %d", s.id(), seed).isBetween(0.0, 1.0);
            }
        }
        for (Stage stage : Stage.values()) {
            Series total = Series.values()[Series.MINING_TOTAL.ordinal() + stage.ordinal()];
            for (int i = 0; i < p.yearCount(); i++) {
                double sum = 0;
                for (Region r : Region.values()) {
                    double v = p.values(Series.production(stage, r))[i];
                    assertThat(v).as("%s %s non-negative", stage, r).isGreaterThanOrEqualTo(0);
                    sum += v;
                }
                assertThat(p.values(total)[i]).isCloseTo(sum, within(1e-9 * Math.max(1, sum)));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void annualSpendAddsUpToEachInvestmentLevel(long seed) {
        Scenario scenario = new RandomScenarios(seed, CATALOG).next();
        Projection p = MODEL.run(scenario);
        double total = 0;
        for (int k = 0; k < CATALOG.size(); k++) {
            double invested = scenario.lever(CATALOG.get(k).id()).investmentUsdBn();
            double spent = sum(p.spend(k));
            if (k == CATALOG.offtakeIndex()) {
                // A price floor is a budget: it pays the top-up owed, never more than the money.
                assertThat(spent).as("offtake top-up within its budget").isBetween(0.0, invested + 1e-9);
                spent = invested;
            } else {
                assertThat(spent).as(CATALOG.get(k).id()).isCloseTo(invested, within(1e-9));
            }
            total += spent;
        }
        double paid = total - scenario.lever("offtake").investmentUsdBn() + sum(p.spend(CATALOG.offtakeIndex()));
        double[] cumulative = p.values(Series.SPEND_CUMULATIVE);
        assertThat(cumulative[cumulative.length - 1]).isCloseTo(paid, within(1e-9));
        assertThat(sum(p.values(Series.SPEND_TOTAL))).isCloseTo(paid, within(1e-9));
        for (int i = 0; i < p.yearCount(); i++) {
            assertThat(p.values(Series.SPEND_US)[i] + p.values(Series.SPEND_AU)[i])
                    .isCloseTo(p.values(Series.SPEND_TOTAL)[i], within(1e-12));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreMoneyInAnyLeverNeverLowersAlliedOutputNorRaisesChinasShare(long seed) {
        RandomScenarios random = new RandomScenarios(seed, CATALOG);
        Scenario scenario = random.next();
        FocusArea area = CATALOG.get((int) (seed % CATALOG.size()));
        if (area.actsOn(Channel.STOCKPILE_TONNES)) {
            // Stockpile purchases are bought on the market, so they raise China's output: see MarketTest.
            return;
        }
        double before = scenario.lever(area.id()).investmentUsdBn();
        double after = before + 0.01 + random.nextDouble() * area.sliderMaxUsdBn();
        Projection less = MODEL.run(scenario);
        Projection more = MODEL.run(scenario.withInvestment(area.id(), after));
        for (Stage stage : Stage.values()) {
            double[] alliedLess = alliedSupply(less, stage);
            double[] alliedMore = alliedSupply(more, stage);
            double[] shareLess = less.values(Series.chinaShare(stage));
            double[] shareMore = more.values(Series.chinaShare(stage));
            for (int i = 0; i < less.yearCount(); i++) {
                assertThat(alliedMore[i]).as("%s allied %s in %d", area.id(), stage, 2025 + i)
                        .isGreaterThanOrEqualTo(alliedLess[i] - 1e-9);
                assertThat(shareMore[i]).as("%s China share %s in %d", area.id(), stage, 2025 + i)
                        .isLessThanOrEqualTo(shareLess[i] + 1e-12);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameInputsGiveBitForBitTheSameOutputs(long seed) {
        Scenario scenario = new RandomScenarios(seed, CATALOG).next();
        Map<String, double[]> first = MODEL.run(scenario).byId();
        Map<String, double[]> second = new ImpactModel(ShippedData.DATA).run(scenario).byId();
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((id, values) -> assertThat(second.get(id)).as(id).containsExactly(values));
    }

    /** Allied output of a stage; at separation with recycled oxide, which competes with it in the market. */
    private static double[] alliedSupply(Projection p, Stage stage) {
        double[] allied = p.values(Series.production(stage, Region.ALLIED)).clone();
        if (stage == Stage.SEPARATION) {
            double[] recycled = p.values(Series.RECYCLED_ALLIED);
            for (int i = 0; i < allied.length; i++) {
                allied[i] += recycled[i];
            }
        }
        return allied;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
