package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

class OptimiserTest {
    private final Optimiser optimiser = new Optimiser(AnalysisFixtures.MODEL);
    private final Scenario seed = AnalysisFixtures.scenario("seed-baseline");

    @Test
    void matchesAGridSearchWhenTwoLeversShareTheBudget() {
        Map<String, LeverBounds> bounds = new LinkedHashMap<>();
        bounds.put("processing", new LeverBounds(0, 6));
        bounds.put("trade", new LeverBounds(0, 3));
        Objective objective = new Objective(Series.SELF_SUFFICIENCY.id(), 2032, true);
        OptimisationResult result = optimiser.optimise(seed, objective, 4, bounds, Progress.NONE);

        double gridBest = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= 300; step++) {
            double trade = 3.0 * step / 300;
            Scenario s = zeroed(seed).withInvestment("processing", 4 - trade).withInvestment("trade", trade);
            gridBest = Math.max(gridBest, AnalysisFixtures.MODEL.run(s).value(Series.SELF_SUFFICIENCY, 2032));
        }
        assertThat(result.value()).isGreaterThanOrEqualTo(gridBest - 1e-4);
        assertThat(result.allocation().get("processing") + result.allocation().get("trade"))
                .isCloseTo(4, within(1e-9));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void isNeverWorseThanTheScenariosOwnSplitForTheSameMoney(long randomSeed) {
        Random random = new Random(randomSeed);
        String[] series = {"share.china.separation", "selfsufficiency.allied", "risk.index", "cost.allied.usdPerKg"};
        Objective objective = new Objective(series[random.nextInt(series.length)], 2028 + random.nextInt(10),
                random.nextBoolean());
        double budget = 1 + random.nextDouble() * 15;
        OptimisationResult result = optimiser.optimise(seed, objective, budget, optimiser.defaultBounds(),
                Progress.NONE);
        if (objective.maximize()) {
            assertThat(result.value()).isGreaterThanOrEqualTo(result.ownSplitValue());
        } else {
            assertThat(result.value()).isLessThanOrEqualTo(result.ownSplitValue());
        }
        double total = result.allocation().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isCloseTo(budget, within(1e-6));
        result.allocation().forEach((id, money) -> assertThat(money).as(id)
                .isBetween(0.0, optimiser.defaultBounds().get(id).maxUsdBn() + 1e-9));
    }

    @Test
    void reportsEachLeversMarginalEffectPerBillion() {
        OptimisationResult result = optimiser.optimise(seed, new Objective("share.china.separation", 2032, false),
                5.5, optimiser.defaultBounds(), Progress.NONE);
        assertThat(result.marginalPerUsdBn()).containsKeys("mining", "processing", "rnd");
        assertThat(result.marginalPerUsdBn().get("processing")).as("more plants lower China's share")
                .isLessThan(0);
    }

    @Test
    void aBudgetOutsideTheBoundsIsRefusedWithTheAllowedRange() {
        Map<String, LeverBounds> bounds = Map.of("mining", new LeverBounds(1, 2));
        assertThatThrownBy(() -> optimiser.optimise(seed, new Objective("mining.allied.t", 2035, true), 5, bounds,
                Progress.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.000 to 2.000");
    }

    private static Scenario zeroed(Scenario s) {
        return s.withoutInvestment();
    }
}
