package org.reeplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The market of model v2: material balance, clearing, China as swing supplier, the price and the price floor. */
class MarketTest {
    private static final ImpactModel MODEL = ShippedData.MODEL;
    private static final FocusAreaCatalog CATALOG = ShippedData.DATA.focusAreas();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noTonneOfOreAppearsOrVanishes(long seed) {
        RandomScenarios random = new RandomScenarios(seed, CATALOG);
        Scenario scenario = random.next();
        double[] p = seed % 2 == 0 ? ShippedData.DATA.parameters().baseValues()
                : random.parameters(ShippedData.DATA.parameters());
        Projection r = MODEL.run(scenario, p);
        double recovery = p[Param.SEPARATION_RECOVERY.ordinal()];
        for (int i = 0; i < r.yearCount(); i++) {
            double mined = r.values(Series.MINING_TOTAL)[i];
            double separated = r.values(Series.SEPARATION_TOTAL)[i];
            double losses = separated / recovery - separated;
            double stocked = r.values(Series.ORE_ALLIED_STOCKPILED)[i];
            assertThat(mined).as("mined = separated + losses + stock change, seed %d, %d", seed, 2025 + i)
                    .isCloseTo(separated + losses + stocked, within(0.001 * mined));

            double routed = r.values(Series.ORE_ALLIED_TO_ALLIED)[i] + r.values(Series.ORE_ALLIED_TO_ROW)[i]
                    + r.values(Series.ORE_ALLIED_TO_CHINA)[i] + r.values(Series.ORE_ALLIED_STOCKPILED)[i];
            assertThat(routed).as("allied ore routed, seed %d", seed)
                    .isCloseTo(r.values(Series.MINING_ALLIED)[i], within(1e-6 * Math.max(1, routed)));
            assertThat(r.values(Series.ORE_ALLIED_TO_ALLIED)[i]).as("allied refiners' own ore")
                    .isLessThanOrEqualTo(r.values(Series.SEPARATION_ALLIED)[i] / recovery + 1e-6);
            for (Series s : new Series[] {Series.ORE_ALLIED_TO_ALLIED, Series.ORE_ALLIED_TO_ROW,
                Series.ORE_ALLIED_TO_CHINA, Series.ORE_ALLIED_STOCKPILED, Series.MINING_CHINA,
                Series.UTILISATION_ALLIED_SEPARATION, Series.PRICE_NDPR}) {
                assertThat(r.values(s)[i]).as("%s non-negative, seed %d", s.id(), seed).isGreaterThanOrEqualTo(0);
            }
            assertThat(r.values(Series.UTILISATION_ALLIED_SEPARATION)[i]).isLessThanOrEqualTo(1 + 1e-12);
        }
    }

    @Test
    void withNoNewInvestmentWorldSupplyMeetsDemandEveryYear() {
        Projection none = MODEL.run(ShippedData.scenario("no-new-investment"));
        for (int i = 0; i < none.yearCount(); i++) {
            double demand = none.values(Series.DEMAND_GLOBAL_SEPARATION)[i];
            double supply = none.values(Series.SEPARATION_TOTAL)[i] + none.values(Series.RECYCLED_ALLIED)[i];
            assertThat(supply).as("supply in %d", 2025 + i).isCloseTo(demand, within(0.02 * demand));
            assertThat(none.values(Series.BALANCE_SEPARATION)[i]).isCloseTo(supply - demand, within(1e-6));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBalanceIsStockPurchasesLessTheShortfallWhileChinaIsBetweenItsBounds(long seed) {
        Scenario scenario = new RandomScenarios(seed, CATALOG).next();
        Projection r = MODEL.run(scenario);
        double ownShare = ShippedData.DATA.parameters().base(Param.CHINA_OWN_DEMAND_SHARE);
        for (int i = 0; i < r.yearCount(); i++) {
            double demand = r.values(Series.DEMAND_GLOBAL_SEPARATION)[i];
            double china = r.values(Series.SEPARATION_CHINA)[i];
            boolean between = china > ownShare * demand * (1 + 1e-9)
                    && china < r.values(Series.CAPACITY_CHINA_SEPARATION)[i] * (1 - 1e-9);
            if (between) {
                double expected = r.values(Series.STOCKPILE_PURCHASES)[i] - r.values(Series.SHORTFALL)[i];
                assertThat(r.values(Series.BALANCE_SEPARATION)[i]).as("balance, seed %d, %d", seed, 2025 + i)
                        .isCloseTo(expected, within(1e-6 * demand));
            }
        }
    }

    @Test
    void twentyTwentyFiveReproducesTheFactsAndThePrice() {
        Projection none = MODEL.run(ShippedData.scenario("no-new-investment"));
        assertThat(none.value(Series.PRICE_NDPR, 2025)).isEqualTo(69.0);
        assertThat(none.value(Series.SEPARATION_ALLIED, 2025)).isCloseTo(14_000, within(1.0));
        assertThat(none.value(Series.SEPARATION_ROW, 2025)).isCloseTo(11_000, within(1.0));
        assertThat(none.value(Series.SEPARATION_CHINA, 2025)).isCloseTo(255_000, within(100.0));
        assertThat(none.value(Series.MINING_CHINA, 2025)).isCloseTo(270_000, within(1_000.0));
        assertThat(none.value(Series.UTILISATION_ALLIED_SEPARATION, 2025)).isCloseTo(14_000 / 20_400.0,
                within(0.005));
    }

    @Test
    void priceRisesInADisruption() {
        Scenario calm = ShippedData.scenario("seed-baseline");
        Scenario ban = calm.withDisruption(new DisruptionEvent(true, 2028, 6, 0.74));
        Projection withoutBan = MODEL.run(calm);
        Projection withBan = MODEL.run(ban);
        assertThat(withBan.value(Series.PRICE_NDPR, 2028)).isGreaterThan(withoutBan.value(Series.PRICE_NDPR, 2028));
        assertThat(withBan.value(Series.BALANCE_SEPARATION, 2028)).isNegative();
        assertThat(withBan.value(Series.PRICE_NDPR, 2030)).isEqualTo(withoutBan.value(Series.PRICE_NDPR, 2030));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void priceFallsAsAlliedSupplyGrows(long seed) {
        RandomScenarios random = new RandomScenarios(seed, CATALOG);
        Scenario scenario = random.next().withDisruption(DisruptionEvent.NONE);
        double more = scenario.lever("processing").investmentUsdBn() + 0.5 + 10 * random.nextDouble();
        Projection less = MODEL.run(scenario);
        Projection moreSupply = MODEL.run(scenario.withInvestment("processing", more));
        for (int i = 0; i < less.yearCount(); i++) {
            assertThat(moreSupply.values(Series.PRICE_NDPR)[i]).as("price in %d, seed %d", 2025 + i, seed)
                    .isLessThanOrEqualTo(less.values(Series.PRICE_NDPR)[i] + 1e-9);
        }
    }

    @Test
    void newPlantsLowerThePriceAndChinaGivesWay() {
        Scenario none = ShippedData.scenario("no-new-investment");
        Projection base = MODEL.run(none);
        Projection built = MODEL.run(none.withInvestment("processing", 6));
        assertThat(built.value(Series.PRICE_NDPR, 2032)).isLessThan(base.value(Series.PRICE_NDPR, 2032));
        double alliedGain = built.value(Series.SEPARATION_ALLIED, 2032) - base.value(Series.SEPARATION_ALLIED, 2032);
        double chinaLoss = base.value(Series.SEPARATION_CHINA, 2032) - built.value(Series.SEPARATION_CHINA, 2032);
        assertThat(alliedGain).isPositive();
        assertThat(chinaLoss).as("China, the swing supplier, gives way").isPositive().isLessThanOrEqualTo(alliedGain);
    }

    @Test
    void aPriceFloorKeepsAlliedPlantsRunningAndPaysOnlyTheTopUp() {
        Scenario none = ShippedData.scenario("no-new-investment");
        Projection base = MODEL.run(none);
        Projection floor = MODEL.run(none.withInvestment("offtake", 2));
        int k = CATALOG.indexOf("offtake");
        double paid = 0;
        boolean raised = false;
        for (int i = 0; i < base.yearCount(); i++) {
            assertThat(floor.values(Series.UTILISATION_ALLIED_SEPARATION)[i])
                    .isGreaterThanOrEqualTo(base.values(Series.UTILISATION_ALLIED_SEPARATION)[i] - 1e-12);
            raised |= floor.values(Series.UTILISATION_ALLIED_SEPARATION)[i]
                    > base.values(Series.UTILISATION_ALLIED_SEPARATION)[i] + 0.005;
            double price = floor.values(Series.PRICE_NDPR)[i];
            double covered = floor.values(Series.OFFTAKE_COVERED)[i];
            double ndpr = ShippedData.DATA.parameters().base(Param.MAGNET_FEED_FRACTION);
            double owed = Math.max(0, 110 - price) * covered * ndpr * 1000 / 1e9;
            assertThat(floor.spend(k)[i]).as("top-up in %d", 2025 + i).isCloseTo(owed, within(1e-12));
            paid += floor.spend(k)[i];
        }
        assertThat(raised).as("the floor raises allied utilisation in some year").isTrue();
        assertThat(paid).isPositive().isLessThanOrEqualTo(2.0);
        assertThat(floor.values(Series.PRICE_NDPR)[5]).isLessThan(base.values(Series.PRICE_NDPR)[5]);
    }

    @Test
    void aFloorCostsLessWhenPricesAreHigh() {
        Scenario floor = ShippedData.scenario("no-new-investment").withInvestment("offtake", 2);
        int k = CATALOG.indexOf("offtake");
        double cheap = sum(MODEL.run(floor).spend(k));
        double dear = sum(MODEL.run(floor.withAssumption(Param.PRICE_NDPR_2025, 88)).spend(k));
        assertThat(dear).isLessThan(cheap);
    }

    @Test
    void stockpilePurchasesAreBoughtOnTheMarketAndMetByChina() {
        Scenario none = ShippedData.scenario("no-new-investment");
        Projection base = MODEL.run(none);
        Projection bought = MODEL.run(none.withInvestment("stockpile", 3));
        double purchases = bought.value(Series.STOCKPILE_PURCHASES, 2027);
        assertThat(purchases).isPositive();
        assertThat(bought.value(Series.SEPARATION_TOTAL, 2027) - base.value(Series.SEPARATION_TOTAL, 2027))
                .isCloseTo(purchases, within(0.01 * purchases));
        assertThat(bought.value(Series.SEPARATION_CHINA, 2027)).isGreaterThan(base.value(Series.SEPARATION_CHINA,
                2027));
    }

    @Test
    void miningMoneyWithoutRefineriesGoesIntoTheOreStock() {
        Projection none = MODEL.run(ShippedData.scenario("no-new-investment"));
        Projection seed = MODEL.run(ShippedData.scenario("seed-baseline"));
        double moreOre = seed.value(Series.MINING_ALLIED, 2030) - none.value(Series.MINING_ALLIED, 2030);
        double moreStocked = seed.value(Series.ORE_ALLIED_STOCKPILED, 2030)
                - none.value(Series.ORE_ALLIED_STOCKPILED, 2030);
        double moreRefined = seed.value(Series.ORE_ALLIED_TO_ALLIED, 2030)
                - none.value(Series.ORE_ALLIED_TO_ALLIED, 2030);
        assertThat(moreOre).isPositive();
        assertThat(moreStocked + moreRefined).isCloseTo(moreOre, within(1e-6 * moreOre));
    }

    @Test
    void theRiskIndexFollowsTheWeakestStage() {
        Projection none = MODEL.run(ShippedData.scenario("no-new-investment"));
        double[] p = ShippedData.DATA.parameters().baseValues();
        int i = 5;
        double weakest = 0;
        for (Stage s : Stage.values()) {
            double ss = none.values(Series.values()[Series.SELF_SUFFICIENCY_MINING.ordinal() + s.ordinal()])[i];
            weakest = Math.max(weakest, p[Param.RISK_WEIGHT_CONCENTRATION.ordinal()]
                    * none.values(Series.hhi(s))[i] / 10_000 + p[Param.RISK_WEIGHT_SELF_SUFFICIENCY.ordinal()]
                    * (1 - ss));
        }
        double cover = Math.min(1, none.values(Series.STOCKPILE_DAYS)[i] / p[Param.RISK_TARGET_DAYS.ordinal()]);
        double weights = p[Param.RISK_WEIGHT_CONCENTRATION.ordinal()] + p[Param.RISK_WEIGHT_SELF_SUFFICIENCY.ordinal()]
                + p[Param.RISK_WEIGHT_STOCKPILE.ordinal()];
        assertThat(none.values(Series.RISK_INDEX)[i]).isCloseTo(
                (weakest + p[Param.RISK_WEIGHT_STOCKPILE.ordinal()] * (1 - cover)) / weights, within(1e-12));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
