package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * The strategic stockpile and the export restriction, month by month. China withholds from allied buyers the
 * event's depth of what they import from it — all separated oxide (the full embargo), or heavy rare earths and
 * magnets as in 2025. After a response lag part of the gap is re-sourced elsewhere and the stockpile is released for
 * the rest; what neither covers is the shortfall. Ex-China prices respond to the deepest month. Also a stress curve:
 * the shortfall the same event would cause if it began in January of each year.
 */
final class DisruptionStep {
    static final double DAYS_PER_MONTH = 365.0 / 12;
    private static final int OXIDE = 0;
    private static final int MAGNETS = 1;
    private static final int HEAVY = 2;

    private DisruptionStep() {
    }

    static void run(double[] p, LeverSchedule levers, DisruptionEvent event, double[][] out) {
        int n = out[0].length;
        double[] bought = levers.effect(Channel.STOCKPILE_TONNES);
        double[] lagCut = levers.effect(Channel.RESPONSE_LAG_CUT);
        DisruptionEvent e = event == null ? DisruptionEvent.NONE : event;
        double[][] need = monthlyNeeds(out);
        double[][] demand = monthlyDemand(out);
        double[] lag = new double[n];
        for (int i = 0; i < n; i++) {
            lag[i] = p[RESPONSE_LAG_DAYS.ordinal()] * (1 - lagCut[i]);
            out[RESPONSE_LAG.ordinal()][i] = lag[i];
        }

        Outcome actual = new Outcome(n);
        if (e.enabled()) {
            simulate(p, e, need, demand, lag, bought, actual);
        }
        double releasedBefore = 0;
        for (int i = 0; i < n; i++) {
            out[STRESS_SHORTFALL.ordinal()][i] = simulate(p, e, Scenario.START_YEAR + i, 1, need, demand, lag,
                    bought, null, releasedBefore);
            releasedBefore += actual.released[i];
        }
        double basket = p[STOCKPILE_PRICE.ordinal()] * p[DOWNSTREAM_VALUE_FACTOR.ordinal()] * 1000 / 1e9;
        for (int i = 0; i < n; i++) {
            double held = p[STOCKPILE_2025.ordinal()] + bought[i] - actual.releasedTo(i);
            double dailyDemand = out[DEMAND_ALLIED_SEPARATION.ordinal()][i] / 365;
            out[STOCKPILE_T.ordinal()][i] = held;
            out[STOCKPILE_DAYS.ordinal()][i] = dailyDemand <= 0 ? 0 : held / dailyDemand;
            double oxideMultiplier = e.target().hitsAllOxide()
                    ? priceMultiplier(p, actual.missing(OXIDE, i, demand)) : 1;
            double heavyMultiplier = exChinaMultiplier(p, actual.worst[HEAVY][i]);
            double magnetMultiplier = exChinaMultiplier(p, actual.worst[MAGNETS][i]);
            double shortfall = actual.reo(p, i);
            out[SHORTFALL.ordinal()][i] = shortfall;
            out[SHORTFALL_MAGNETS.ordinal()][i] = actual.shortfall[MAGNETS][i];
            out[SHORTFALL_HEAVY.ordinal()][i] = actual.shortfall[HEAVY][i];
            out[PRICE_MULTIPLIER.ordinal()][i] = Math.max(oxideMultiplier, Math.max(heavyMultiplier,
                    magnetMultiplier));
            out[SHORTFALL_COST.ordinal()][i] = shortfall * basket;
            // Allied buyers pay the ex-China price; oxide they cannot buy is missing from the balance.
            out[PRICE_NDPR.ordinal()][i] *= oxideMultiplier;
            out[PRICE_DYTB.ordinal()][i] *= heavyMultiplier;
            out[BALANCE_SEPARATION.ordinal()][i] -= actual.shortfall[OXIDE][i];
        }
    }

    /** What the event withholds and leaves short, per group (oxide t REO, magnets t NdFeB, heavy t) and year. */
    private static final class Outcome {
        final double[][] shortfall;
        final double[][] worst;
        final double[] released;

        final double[] eventMonths;

        Outcome(int n) {
            shortfall = new double[3][n];
            worst = new double[3][n];
            released = new double[n];
            eventMonths = new double[n];
        }

        double releasedTo(int i) {
            double sum = 0;
            for (int k = 0; k <= i; k++) {
                sum += released[k];
            }
            return sum;
        }

        double reo(double[] p, int i) {
            return shortfall[OXIDE][i] + shortfall[MAGNETS][i] * p[MAGNET_REO_CONTENT.ordinal()]
                    + shortfall[HEAVY][i];
        }

        /** Oxide shortfall over the allied demand of the months the event lasted in year i. */
        double missing(int group, int i, double[][] demand) {
            double months = eventMonths[i];
            double wanted = demand[group][i] * months;
            return wanted <= 0 ? 0 : shortfall[group][i] / wanted;
        }
    }

    private static void simulate(double[] p, DisruptionEvent e, double[][] need, double[][] demand, double[] lag,
                                 double[] bought, Outcome o) {
        simulate(p, e, e.startYear(), e.startMonth(), need, demand, lag, bought, o, 0);
    }

    /**
     * Runs the event month by month from {@code startMonth} of {@code startYear} (the stress curve moves it) with the
     * stockpile held at its start (after {@code releasedBefore}), records it in {@code o} when given, and returns the
     * whole shortfall in t REO.
     */
    private static double simulate(double[] p, DisruptionEvent e, int startYear, int startMonth, double[][] need,
                                   double[][] demand, double[] lag, double[] bought, Outcome o,
                                   double releasedBefore) {
        int n = lag.length;
        double resourcing = p[RESOURCING_SHARE.ordinal()];
        double reo = p[MAGNET_REO_CONTENT.ordinal()];
        double heavyShare = Math.max(0, Math.min(1, p[STOCKPILE_HEAVY_SHARE.ordinal()]));
        DisruptionTarget target = e.target();
        boolean[] hits = {target.hitsAllOxide(), target.hitsMagnets(), target.hitsHeavy()};
        int first = startYear - Scenario.START_YEAR;
        double totalReo = 0;
        if (first < 0 || first >= n) {
            return totalReo;
        }
        double stock = p[STOCKPILE_2025.ordinal()] + bought[first] - releasedBefore;
        double heavyStock = stock * heavyShare;
        double lightStock = stock - heavyStock;
        for (int m = 0; m < e.months(); m++) {
            int calendar = startMonth - 1 + m;
            int i = first + calendar / 12;
            if (i >= n) {
                break;
            }
            if (o != null) {
                o.eventMonths[i]++;
            }
            double depth = e.depth(m);
            double afterLag = Math.max(0, Math.min(1, ((m + 1) * DAYS_PER_MONTH - lag[i]) / DAYS_PER_MONTH));
            for (int g = 0; g < 3; g++) {
                if (!hits[g]) {
                    continue;
                }
                double gap = depth * need[g][i];
                double resourced = resourcing * gap * afterLag;
                double wanted = (1 - resourcing) * gap * afterLag;
                double release;
                double perUnit = g == MAGNETS ? reo : 1;
                if (g == HEAVY) {
                    release = Math.min(heavyStock, wanted);
                    heavyStock -= release;
                } else {
                    release = Math.min(lightStock / perUnit, wanted);
                    lightStock -= release * perUnit;
                }
                double short_ = Math.max(0, gap - resourced - release);
                totalReo += short_ * perUnit;
                if (o != null) {
                    o.released[i] += release * perUnit;
                    o.shortfall[g][i] += short_;
                    if (demand[g][i] > 0) {
                        o.worst[g][i] = Math.max(o.worst[g][i], short_ / demand[g][i]);
                    }
                }
            }
        }
        return totalReo;
    }

    /**
     * What allied buyers import from China a month, per group: their need beyond allied and secured supply (and
     * recycled material), times China's part of what they import.
     */
    private static double[][] monthlyNeeds(double[][] out) {
        int n = out[0].length;
        double[][] need = new double[3][n];
        for (int i = 0; i < n; i++) {
            need[OXIDE][i] = importFromChina(out[DEMAND_ALLIED_SEPARATION.ordinal()][i],
                    out[SEPARATION_ALLIED.ordinal()][i] + out[SECURED_SEPARATION.ordinal()][i]
                            + out[RECYCLED_ALLIED.ordinal()][i],
                    out[SEPARATION_CHINA.ordinal()][i],
                    out[SEPARATION_ROW.ordinal()][i] - out[SECURED_SEPARATION.ordinal()][i]) / 12;
            need[MAGNETS][i] = importFromChina(out[DEMAND_ALLIED_MAGNETS.ordinal()][i],
                    out[MAGNETS_ALLIED.ordinal()][i] + out[SECURED_MAGNETS.ordinal()][i],
                    out[MAGNETS_CHINA.ordinal()][i],
                    out[MAGNETS_ROW.ordinal()][i] - out[SECURED_MAGNETS.ordinal()][i]) / 12;
            need[HEAVY][i] = importFromChina(out[DEMAND_ALLIED_HEAVY.ordinal()][i],
                    out[SEPARATION_HEAVY_ALLIED.ordinal()][i] + out[SECURED_HEAVY.ordinal()][i],
                    out[SEPARATION_HEAVY_CHINA.ordinal()][i],
                    out[SEPARATION_HEAVY_ROW.ordinal()][i] - out[SECURED_HEAVY.ordinal()][i]) / 12;
        }
        return need;
    }

    private static double[][] monthlyDemand(double[][] out) {
        int n = out[0].length;
        double[][] demand = new double[3][n];
        for (int i = 0; i < n; i++) {
            demand[OXIDE][i] = out[DEMAND_ALLIED_SEPARATION.ordinal()][i] / 12;
            demand[MAGNETS][i] = out[DEMAND_ALLIED_MAGNETS.ordinal()][i] / 12;
            demand[HEAVY][i] = out[DEMAND_ALLIED_HEAVY.ordinal()][i] / 12;
        }
        return demand;
    }

    private static double importFromChina(double demand, double ownSupply, double china, double unsecuredRow) {
        double need = Math.max(0, demand - ownSupply);
        double chinaPart = china + unsecuredRow <= 0 ? 0 : china / (china + Math.max(0, unsecuredRow));
        return need * chinaPart;
    }

    /** Constant-elasticity price response to the missing fraction of demand over the event, capped. */
    static double priceMultiplier(double[] p, double missingFraction) {
        double s = Math.max(0, Math.min(0.999, missingFraction));
        double m = Math.pow(1 - s, -1 / p[PRICE_ELASTICITY.ordinal()]);
        return Math.min(p[PRICE_MULTIPLIER_CAP.ordinal()], m);
    }

    /** Ex-China price of a restricted group: responds to the deepest month's missing share of allied demand. */
    static double exChinaMultiplier(double[] p, double worstMonthMissing) {
        if (worstMonthMissing <= 0) {
            return 1;
        }
        double s = Math.min(0.999, worstMonthMissing);
        double m = Math.pow(1 - s, -1 / Math.max(0.05, p[EX_CHINA_PRICE_ELASTICITY.ordinal()]));
        return Math.min(p[PRICE_MULTIPLIER_CAP.ordinal()], m);
    }
}
