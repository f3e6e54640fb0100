package org.reeplanner.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The change of one series in one year against the no-new-investment baseline under default assumptions, split into
 * the effect of changed assumptions and each lever's Shapley share. The parts add up to the total exactly.
 */
public record AttributionResult(String seriesId, int year, double baselineValue, double scenarioValue,
                                double assumptionsEffect, Map<String, Double> leverEffects) {

    public AttributionResult {
        leverEffects = Collections.unmodifiableMap(new LinkedHashMap<>(leverEffects));
    }

    public double totalChange() {
        return scenarioValue - baselineValue;
    }

    public double leversTotal() {
        return leverEffects.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
