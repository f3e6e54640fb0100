package org.reeplanner.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;

/**
 * Splits a result's change against the baseline into its causes. Changed assumptions: the scenario under the current
 * parameters minus the same scenario under the defaults. Levers: exact Shapley values over the funded levers (the
 * average, over every order of adding them, of what each adds), computed from all 2^m subsets; m ≤ 12 keeps that
 * at a few thousand runs.
 */
public final class Attribution {
    public static final int MAX_LEVERS = 12;
    private final ImpactModel model;
    private final double[] defaults;

    /**
     * @param model    the model with the current (possibly edited) parameters
     * @param defaults the default parameter values, indexed by {@link org.reeplanner.model.Param#ordinal()}
     */
    public Attribution(ImpactModel model, double[] defaults) {
        this.model = model;
        this.defaults = defaults.clone();
    }

    public AttributionResult of(Scenario scenario, String seriesId, int year) {
        return ofAll(scenario, List.of(seriesId), year).get(seriesId);
    }

    /**
     * The attribution of each of {@code seriesIds} in {@code year}, from one set of 2^m runs read for every series.
     * The map keeps the order asked for.
     */
    public Map<String, AttributionResult> ofAll(Scenario scenario, List<String> seriesIds, int year) {
        SeriesProbes probe = SeriesProbes.of(model, scenario, seriesIds, year);
        double[] current = model.data().parameters().baseValues();
        List<FocusArea> funded = new ArrayList<>();
        for (FocusArea a : model.focusAreas().areas()) {
            if (scenario.lever(a.id()).investmentUsdBn() > 0) {
                funded.add(a);
            }
        }
        if (funded.size() > MAX_LEVERS) {
            throw new IllegalArgumentException("attribution handles up to " + MAX_LEVERS + " funded levers, got "
                    + funded.size());
        }
        Scenario none = scenario.withoutInvestment();
        int m = funded.size();
        double[][] v = new double[1 << m][];
        for (int mask = 0; mask < v.length; mask++) {
            Scenario s = none;
            for (int i = 0; i < m; i++) {
                if ((mask & (1 << i)) != 0) {
                    String id = funded.get(i).id();
                    s = s.withInvestment(id, scenario.lever(id).investmentUsdBn());
                }
            }
            v[mask] = probe.values(s, defaults);
        }
        double[] withCurrent = probe.values(scenario, current);
        double[] weight = shapleyWeights(m);
        Map<String, AttributionResult> results = new LinkedHashMap<>();
        for (int k = 0; k < seriesIds.size(); k++) {
            Map<String, Double> effects = new LinkedHashMap<>();
            for (FocusArea a : model.focusAreas().areas()) {
                effects.put(a.id(), 0.0);
            }
            for (int i = 0; i < m; i++) {
                double phi = 0;
                for (int mask = 0; mask < v.length; mask++) {
                    if ((mask & (1 << i)) == 0) {
                        phi += weight[Integer.bitCount(mask)] * (v[mask | (1 << i)][k] - v[mask][k]);
                    }
                }
                effects.put(funded.get(i).id(), phi);
            }
            double withDefaults = v[v.length - 1][k];
            results.put(seriesIds.get(k), new AttributionResult(seriesIds.get(k), year, v[0][k], withCurrent[k],
                    withCurrent[k] - withDefaults, effects));
        }
        return results;
    }

    /** |S|!(m−|S|−1)!/m! for each coalition size |S|. */
    private static double[] shapleyWeights(int m) {
        double[] w = new double[Math.max(m, 1)];
        for (int size = 0; size < m; size++) {
            w[size] = factorial(size) * factorial(m - size - 1) / factorial(m);
        }
        return w;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
