package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/** Programme spend (by focus area, country, cumulative, present value) and processing cost per kg with learning. */
final class CostStep {
    private CostStep() {
    }

    static void run(double[] p, LeverSchedule levers, double[][] out) {
        int n = out[0].length;
        spend(p, levers, out, n);
        processingCost(p, levers, out, n);
    }

    private static void spend(double[] p, LeverSchedule levers, double[][] out, int n) {
        double discount = 1 / (1 + p[DISCOUNT_RATE.ordinal()]);
        double factor = 1;
        double cumulative = 0;
        double presentValue = 0;
        for (int i = 0; i < n; i++) {
            double total = 0;
            double us = 0;
            for (int k = 0; k < levers.spend.length; k++) {
                double s = levers.spend[k][i];
                total += s;
                us += s * levers.usShare[k];
            }
            cumulative += total;
            presentValue += total * factor;
            factor *= discount;
            out[SPEND_TOTAL.ordinal()][i] = total;
            out[SPEND_US.ordinal()][i] = us;
            out[SPEND_AU.ordinal()][i] = total - us;
            out[SPEND_CUMULATIVE.ordinal()][i] = cumulative;
            out[SPEND_NPV.ordinal()][i] = presentValue;
        }
    }

    /**
     * Wright's law on cumulative allied separated output (primary plus recycled) since before 2025, times the
     * combined cost cut of R&D and new plants.
     */
    private static void processingCost(double[] p, LeverSchedule levers, double[][] out, int n) {
        double exponent = -Math.log(1 - p[LEARNING_RATE.ordinal()]) / Math.log(2);
        double prior = p[LEARNING_PRIOR_YEARS.ordinal()] * p[ALLIED_SEPARATION_2025.ordinal()];
        double cumulative = prior;
        double chinaCost = p[CHINA_COST_2025.ordinal()];
        double[] cut = levers.effect(Channel.PROCESSING_COST_CUT);
        double[] separated = out[SEPARATION_ALLIED.ordinal()];
        double[] recycled = out[RECYCLED_ALLIED.ordinal()];
        for (int i = 0; i < n; i++) {
            double learning = prior <= 0 ? 1 : Math.pow(cumulative / prior, -exponent);
            out[COST_ALLIED.ordinal()][i] = p[ALLIED_COST_2025.ordinal()] * learning * (1 - cut[i]);
            out[COST_CHINA.ordinal()][i] = chinaCost;
            chinaCost *= 1 + p[CHINA_COST_CHANGE.ordinal()];
            cumulative += separated[i] + recycled[i];
        }
    }
}
