package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * Programme spend by focus area, country, cumulative and present value (processing cost per kg is set with the
 * market, {@link MarketStep}, because utilisation depends on it).
 */
final class CostStep {
    private CostStep() {
    }

    static void run(double[] p, LeverSchedule levers, double[][] out) {
        int n = out[0].length;
        spend(p, levers, out, n);
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
}
