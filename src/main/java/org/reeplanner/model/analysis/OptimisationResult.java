package org.reeplanner.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The best split found for a budget: money per focus area, the objective's value there and with the scenario's own
 * split scaled to the same budget, and each lever's marginal effect on the objective per extra USD bn.
 */
public record OptimisationResult(Objective objective, double budgetUsdBn, Map<String, Double> allocation,
                                 double value, double ownSplitValue, Map<String, Double> marginalPerUsdBn,
                                 int evaluations) {

    public OptimisationResult {
        allocation = Collections.unmodifiableMap(new LinkedHashMap<>(allocation));
        marginalPerUsdBn = Collections.unmodifiableMap(new LinkedHashMap<>(marginalPerUsdBn));
    }
}
