package org.reeplanner.model.analysis;

import java.util.Map;
import org.reeplanner.model.Scenario;

/**
 * Finds the least total budget for which a series reaches a target in a year ("China separation share ≤ 75% by
 * 2032"): bisection on the budget, the {@link Optimiser} splitting each trial budget. It assumes more money, well
 * split, never makes the series worse, which the model's monotonicity guarantees for shares and capacities.
 */
public final class GoalSeek {
    private static final double TOLERANCE_USD_BN = 0.01;
    private static final int MAX_STEPS = 30;
    private final Optimiser optimiser;

    public GoalSeek(Optimiser optimiser) {
        this.optimiser = optimiser;
    }

    /**
     * @param atMost true when the series must fall to the target or below (minimised), false when it must rise to it
     *               or above (maximised)
     */
    public GoalSeekResult seek(Scenario scenario, String seriesId, int year, double target, boolean atMost,
                               Map<String, LeverBounds> bounds, Progress progress) {
        Objective objective = new Objective(seriesId, year, !atMost);
        double low = bounds.values().stream().mapToDouble(LeverBounds::minUsdBn).sum();
        double high = bounds.values().stream().mapToDouble(LeverBounds::maxUsdBn).sum();
        OptimisationResult atHigh = optimiser.optimise(scenario, objective, high, bounds, Progress.NONE);
        if (!meets(atHigh.value(), target, atMost)) {
            progress.report(1.0);
            return new GoalSeekResult(false, target, atMost, atHigh);
        }
        OptimisationResult atLow = optimiser.optimise(scenario, objective, low, bounds, Progress.NONE);
        if (meets(atLow.value(), target, atMost)) {
            progress.report(1.0);
            return new GoalSeekResult(true, target, atMost, atLow);
        }
        OptimisationResult best = atHigh;
        for (int step = 0; step < MAX_STEPS && high - low > TOLERANCE_USD_BN; step++) {
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException("goal seek cancelled");
            }
            double mid = (low + high) / 2;
            OptimisationResult trial = optimiser.optimise(scenario, objective, mid, bounds, Progress.NONE);
            if (meets(trial.value(), target, atMost)) {
                high = mid;
                best = trial;
            } else {
                low = mid;
            }
            progress.report(Math.min(0.99, (step + 1.0) / 16));
        }
        progress.report(1.0);
        return new GoalSeekResult(true, target, atMost, best);
    }

    private static boolean meets(double value, double target, boolean atMost) {
        return atMost ? value <= target : value >= target;
    }
}
