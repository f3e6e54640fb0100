package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * The strategic stockpile and the export-restriction event: China withholds a share of its supply to allied
 * buyers; after a response lag part of the gap is re-sourced elsewhere and the stockpile is released for the rest;
 * what neither covers is the shortfall. Also a stress
 * curve: the shortfall the same event would cause if it began in each year.
 */
final class DisruptionStep {
    private static final double DAYS_PER_MONTH = 365.0 / 12;

    private DisruptionStep() {
    }

    static void run(double[] p, LeverSchedule levers, DisruptionEvent event, double[][] out) {
        int n = out[0].length;
        double[] bought = levers.effect(Channel.STOCKPILE_TONNES);
        double[] lagCut = levers.effect(Channel.RESPONSE_LAG_CUT);
        double stock0 = p[STOCKPILE_2025.ordinal()];
        DisruptionEvent e = event == null ? DisruptionEvent.NONE : event;
        double resourcing = p[RESOURCING_SHARE.ordinal()];
        double released = 0;
        double eventDaysSoFar = 0;
        for (int i = 0; i < n; i++) {
            int year = Scenario.START_YEAR + i;
            double lag = p[RESPONSE_LAG_DAYS.ordinal()] * (1 - lagCut[i]);
            double gapPerDay = gapPerDay(out, i, e.severity());
            double stockAtStart = stock0 + bought[i] - released;
            out[RESPONSE_LAG.ordinal()][i] = lag;
            out[STRESS_SHORTFALL.ordinal()][i] = shortfall(gapPerDay, e.months() * DAYS_PER_MONTH, lag, stockAtStart,
                    resourcing);

            double shortfall = 0;
            double multiplier = 1;
            if (e.enabled()) {
                double months = Math.max(0, Math.min(12, e.months() - 12.0 * (year - e.startYear())));
                if (year < e.startYear()) {
                    months = 0;
                }
                double days = months * DAYS_PER_MONTH;
                if (days > 0) {
                    double afterLag = Math.max(0, days - Math.max(0, lag - eventDaysSoFar));
                    double release = Math.min(stockAtStart, gapPerDay * (1 - resourcing) * afterLag);
                    shortfall = gapPerDay * (days - resourcing * afterLag) - release;
                    released += release;
                    eventDaysSoFar += days;
                    double demandInEvent = out[DEMAND_ALLIED_SEPARATION.ordinal()][i] * days / 365;
                    multiplier = priceMultiplier(p, demandInEvent <= 0 ? 0 : shortfall / demandInEvent);
                }
            }
            double held = stock0 + bought[i] - released;
            double dailyDemand = out[DEMAND_ALLIED_SEPARATION.ordinal()][i] / 365;
            out[STOCKPILE_T.ordinal()][i] = held;
            out[STOCKPILE_DAYS.ordinal()][i] = dailyDemand <= 0 ? 0 : held / dailyDemand;
            out[SHORTFALL.ordinal()][i] = shortfall;
            out[PRICE_MULTIPLIER.ordinal()][i] = multiplier;
            out[SHORTFALL_COST.ordinal()][i] = shortfall * 1000 * p[STOCKPILE_PRICE.ordinal()]
                    * p[DOWNSTREAM_VALUE_FACTOR.ordinal()] / 1e9;
            // The price allied buyers face jumps with the event; what they cannot buy is missing from the balance.
            out[PRICE_NDPR.ordinal()][i] *= multiplier;
            out[BALANCE_SEPARATION.ordinal()][i] -= shortfall;
        }
    }

    /** Tonnes per day China withholds: severity × the allied import need × China's part of those imports. */
    private static double gapPerDay(double[][] out, int i, double severity) {
        double available = out[SEPARATION_ALLIED.ordinal()][i] + out[SECURED_SEPARATION.ordinal()][i]
                + out[RECYCLED_ALLIED.ordinal()][i];
        double need = Math.max(0, out[DEMAND_ALLIED_SEPARATION.ordinal()][i] - available);
        double china = out[SEPARATION_CHINA.ordinal()][i];
        double unsecuredRow = out[SEPARATION_ROW.ordinal()][i] - out[SECURED_SEPARATION.ordinal()][i];
        double chinaPart = china + unsecuredRow <= 0 ? 0 : china / (china + unsecuredRow);
        return severity * need * chinaPart / 365;
    }

    private static double shortfall(double gapPerDay, double days, double lag, double stock, double resourcing) {
        double afterLag = Math.max(0, days - lag);
        double release = Math.min(stock, gapPerDay * (1 - resourcing) * afterLag);
        return gapPerDay * (days - resourcing * afterLag) - release;
    }

    /** Constant-elasticity price response to the missing fraction of demand, capped. */
    static double priceMultiplier(double[] p, double missingFraction) {
        double s = Math.max(0, Math.min(0.999, missingFraction));
        double m = Math.pow(1 - s, -1 / p[PRICE_ELASTICITY.ordinal()]);
        return Math.min(p[PRICE_MULTIPLIER_CAP.ordinal()], m);
    }
}
