package org.reeplanner.model.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;

/**
 * Splits a budget over the focus areas to minimise or maximise one series in one year, within per-lever bounds.
 * The response curves are concave, so a greedy allocation of small slices to the lever with the best marginal gain is
 * near-optimal; pairwise transfers with shrinking steps then polish it (they also repair the non-concave spots caused
 * by caps and feed limits). The scenario's own split, scaled to the budget, is always a starting point, so the result
 * is never worse than it.
 */
public final class Optimiser {
    private static final int GREEDY_SLICES = 100;
    private static final double[] TRANSFER_STEPS = {0.1, 0.03, 0.01, 0.003};
    private static final double MARGINAL_STEP = 0.1;
    private final ImpactModel model;

    public Optimiser(ImpactModel model) {
        this.model = model;
    }

    /** Default bounds: 0 to each focus area's slider maximum. */
    public Map<String, LeverBounds> defaultBounds() {
        Map<String, LeverBounds> bounds = new LinkedHashMap<>();
        for (FocusArea a : model.focusAreas().areas()) {
            bounds.put(a.id(), new LeverBounds(0, a.sliderMaxUsdBn()));
        }
        return bounds;
    }

    public OptimisationResult optimise(Scenario scenario, Objective objective, double budgetUsdBn,
                                       Map<String, LeverBounds> bounds, Progress progress) {
        Problem problem = new Problem(model, scenario, objective, bounds, progress);
        problem.checkBudget(budgetUsdBn);
        double[] own = problem.ownSplit(budgetUsdBn);
        double ownScore = problem.score(own);
        double[] greedy = problem.greedy(budgetUsdBn);
        double[] best = problem.score(greedy) < ownScore ? greedy : own;
        progress.report(0.5);
        best = problem.polish(best, budgetUsdBn);
        progress.report(1.0);
        return problem.result(best, budgetUsdBn, ownScore);
    }

    /** The search over allocations, as arrays aligned with the focus-area catalog. */
    private static final class Problem {
        private final ImpactModel model;
        private final Scenario scenario;
        private final Objective objective;
        private final List<FocusArea> areas;
        private final double[] min;
        private final double[] max;
        private final Progress progress;
        private final Tornado.SeriesProbe probe;
        private int evaluations;

        Problem(ImpactModel model, Scenario scenario, Objective objective, Map<String, LeverBounds> bounds,
                Progress progress) {
            this.model = model;
            this.scenario = scenario;
            this.objective = objective;
            this.areas = model.focusAreas().areas();
            this.progress = progress;
            this.min = new double[areas.size()];
            this.max = new double[areas.size()];
            for (String id : bounds.keySet()) {
                if (model.focusAreas().indexOf(id) < 0) {
                    throw new IllegalArgumentException("bounds name an unknown focus area '" + id + "'");
                }
            }
            for (int k = 0; k < areas.size(); k++) {
                LeverBounds b = bounds.getOrDefault(areas.get(k).id(), new LeverBounds(0, 0));
                min[k] = b.minUsdBn();
                max[k] = b.maxUsdBn();
            }
            this.probe = Tornado.SeriesProbe.of(model, scenario, objective.seriesId(), objective.year());
        }

        void checkBudget(double budget) {
            double low = sum(min);
            double high = sum(max);
            if (!Double.isFinite(budget) || budget < low - 1e-9 || budget > high + 1e-9) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "a budget of %.3f USD bn cannot be split within the bounds: allowed %.3f to %.3f USD bn",
                        budget, low, high));
            }
        }

        double score(double[] x) {
            if (progress.isCancelled()) {
                throw new CancellationException("optimisation cancelled");
            }
            evaluations++;
            Scenario s = scenario;
            for (int k = 0; k < x.length; k++) {
                s = s.withInvestment(areas.get(k).id(), x[k]);
            }
            return objective.score(probe.value(s));
        }

        /** The scenario's own split scaled to the budget, clamped to the bounds and topped up evenly. */
        double[] ownSplit(double budget) {
            double[] x = new double[areas.size()];
            double own = 0;
            for (int k = 0; k < x.length; k++) {
                own += scenario.lever(areas.get(k).id()).investmentUsdBn();
            }
            for (int k = 0; k < x.length; k++) {
                double share = own > 0 ? scenario.lever(areas.get(k).id()).investmentUsdBn() / own
                        : 1.0 / x.length;
                x[k] = Math.max(min[k], Math.min(max[k], share * budget));
            }
            return fill(x, budget);
        }

        /** Moves money in or out evenly among levers that still have room until the total equals the budget. */
        private double[] fill(double[] x, double budget) {
            for (int round = 0; round < 50; round++) {
                double gap = budget - sum(x);
                if (Math.abs(gap) < 1e-12) {
                    break;
                }
                int free = 0;
                for (int k = 0; k < x.length; k++) {
                    if (gap > 0 ? x[k] < max[k] : x[k] > min[k]) {
                        free++;
                    }
                }
                if (free == 0) {
                    break;
                }
                for (int k = 0; k < x.length; k++) {
                    x[k] = Math.max(min[k], Math.min(max[k], x[k] + gap / free));
                }
            }
            return x;
        }

        double[] greedy(double budget) {
            double[] x = min.clone();
            double slice = (budget - sum(min)) / GREEDY_SLICES;
            if (slice <= 0) {
                return x;
            }
            for (int step = 0; step < GREEDY_SLICES; step++) {
                int bestK = -1;
                double bestScore = Double.MAX_VALUE;
                for (int k = 0; k < x.length; k++) {
                    double add = Math.min(slice, max[k] - x[k]);
                    if (add <= 1e-12) {
                        continue;
                    }
                    x[k] += add;
                    double s = score(x);
                    x[k] -= add;
                    if (s < bestScore) {
                        bestScore = s;
                        bestK = k;
                    }
                }
                if (bestK < 0) {
                    break;
                }
                x[bestK] += Math.min(slice, max[bestK] - x[bestK]);
            }
            return fill(x, budget);
        }

        double[] polish(double[] start, double budget) {
            double[] x = start.clone();
            double current = score(x);
            for (double fraction : TRANSFER_STEPS) {
                double step = fraction * Math.max(budget, 1e-9);
                boolean improved = true;
                while (improved) {
                    improved = false;
                    int bestFrom = -1;
                    int bestTo = -1;
                    double bestMove = 0;
                    double bestScore = current;
                    for (int from = 0; from < x.length; from++) {
                        for (int to = 0; to < x.length; to++) {
                            double move = Math.min(step, Math.min(x[from] - min[from], max[to] - x[to]));
                            if (from == to || move <= 1e-12) {
                                continue;
                            }
                            x[from] -= move;
                            x[to] += move;
                            double s = score(x);
                            x[from] += move;
                            x[to] -= move;
                            if (s < bestScore - 1e-12) {
                                bestScore = s;
                                bestFrom = from;
                                bestTo = to;
                                bestMove = move;
                            }
                        }
                    }
                    if (bestFrom >= 0) {
                        x[bestFrom] -= bestMove;
                        x[bestTo] += bestMove;
                        current = bestScore;
                        improved = true;
                    }
                }
            }
            return x;
        }

        OptimisationResult result(double[] x, double budget, double ownScore) {
            Map<String, Double> allocation = new LinkedHashMap<>();
            Map<String, Double> marginal = new LinkedHashMap<>();
            double here = score(x);
            for (int k = 0; k < x.length; k++) {
                allocation.put(areas.get(k).id(), x[k]);
                x[k] += MARGINAL_STEP;
                double more = score(x);
                x[k] -= MARGINAL_STEP;
                marginal.put(areas.get(k).id(), value(more - here) / MARGINAL_STEP);
            }
            return new OptimisationResult(objective, budget, allocation, value(here), value(ownScore), marginal,
                    evaluations);
        }

        private double value(double score) {
            return objective.maximize() ? -score : score;
        }

        private static double sum(double[] values) {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return s;
        }
    }
}
