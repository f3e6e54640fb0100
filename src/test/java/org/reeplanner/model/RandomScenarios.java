package org.reeplanner.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Seeded random valid scenarios and parameter draws for property-style tests. */
final class RandomScenarios {
    private final Random random;
    private final FocusAreaCatalog catalog;

    RandomScenarios(long seed, FocusAreaCatalog catalog) {
        this.random = new Random(seed);
        this.catalog = catalog;
    }

    Scenario next() {
        int endYear = Scenario.MIN_END_YEAR + random.nextInt(Scenario.MAX_END_YEAR - Scenario.MIN_END_YEAR + 1);
        Map<String, Lever> levers = new LinkedHashMap<>();
        for (FocusArea area : catalog.areas()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            levers.put(area.id(), lever(area, endYear));
        }
        DemandCase demand = DemandCase.values()[random.nextInt(3)];
        int eventStart = Scenario.START_YEAR + random.nextInt(endYear - Scenario.START_YEAR + 1);
        DisruptionEvent event = new DisruptionEvent(random.nextBoolean(), eventStart,
                1 + random.nextInt(ScenarioRules.MAX_EVENT_MONTHS), random.nextDouble());
        return new Scenario("random", "", endYear, demand, levers, event);
    }

    Lever lever(FocusArea area, int endYear) {
        double money = random.nextInt(6) == 0 ? 0 : random.nextDouble() * area.sliderMaxUsdBn() * 1.5;
        int start = Scenario.START_YEAR + random.nextInt(endYear - Scenario.START_YEAR + 1);
        int maxDuration = Math.min(ScenarioRules.MAX_DURATION_YEARS, endYear - start + 1);
        return new Lever(money, start, 1 + random.nextInt(maxDuration), random.nextDouble());
    }

    /** Parameter values drawn uniformly between each parameter's low and high. */
    double[] parameters(ParameterSet set) {
        double[] values = set.baseValues();
        for (Param p : Param.values()) {
            ParameterSpec spec = set.spec(p);
            values[p.ordinal()] = spec.low() + random.nextDouble() * (spec.high() - spec.low());
        }
        return values;
    }

    double nextDouble() {
        return random.nextDouble();
    }
}
