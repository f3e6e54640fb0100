package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * What the market clears each year: demand, recycled supply, secured shares, mine output, the capacities of every
 * region (allied and rest-of-world plants from 2025 plus the project pipeline and the levers; China's ceilings from
 * its quota path) and strategic stockpile purchases. Production itself is set by {@link MarketStep}.
 */
final class SupplyStep {
    private SupplyStep() {
    }

    /** {@code pipeline[r][s][i]}: expected pipeline capacity, r = 0 allied, 1 rest of world; s = stage ordinal. */
    static void run(double[] p, double[][][] pipeline, LeverSchedule levers, DemandCase demandCase, double[][] out) {
        int n = out[0].length;
        double[] miningUplift = levers.effect(Channel.ALLIED_MINING_CAPACITY);
        double[] addedSeparation = levers.effect(Channel.ALLIED_SEPARATION_CAPACITY);
        double[] addedMagnets = levers.effect(Channel.ALLIED_MAGNET_CAPACITY);
        double[] recoveryAdded = levers.effect(Channel.RECOVERY_RATE);
        double[] demandCut = levers.effect(Channel.PRIMARY_DEMAND_CUT);
        double[] securedAdded = levers.effect(Channel.SECURED_ROW_SHARE);
        double[] stockpiled = levers.effect(Channel.STOCKPILE_TONNES);

        double alpha = p[ALLIED_DEMAND_SHARE.ordinal()];
        double magnetShare = p[DEMAND_MAGNET_SHARE_OF_VOLUME.ordinal()];
        double scrapGrowth = Math.pow(p[SCRAP_2035.ordinal()] / p[SCRAP_2025.ordinal()], 0.1);
        double securedMax = p[SECURED_SHARE_MAX.ordinal()];
        double demandMining0 = p[CHINA_MINING_2025.ordinal()] + p[ALLIED_MINING_2025.ordinal()]
                + p[ROW_MINING_2025.ordinal()];
        double demandSeparation0 = p[CHINA_SEPARATION_2025.ordinal()] + p[ALLIED_SEPARATION_2025.ordinal()]
                + p[ROW_SEPARATION_2025.ordinal()];
        double demandMagnets0 = p[CHINA_MAGNETS_2025.ordinal()] + p[ALLIED_MAGNETS_2025.ordinal()]
                + p[ROW_MAGNETS_2025.ordinal()];
        // Rest-of-world plants: capacity from 2025 output and the share of it the 2025 price covered.
        double alliedNameplate = p[ALLIED_SEPARATION_CAPACITY_2025.ordinal()];
        double rowSeparation0 = p[ROW_SEPARATION_2025.ordinal()] / utilisation2025(p, p[ROW_COST_2025.ordinal()]);
        double alliedMagnets0 = p[ALLIED_MAGNETS_2025.ordinal()]
                / Math.max(0.01, p[ALLIED_MAGNETS_AVAILABILITY.ordinal()]);
        double chinaSeparationCeiling = p[CHINA_SEPARATION_2025.ordinal()]
                / Math.max(0.05, p[CHINA_SEPARATION_UTILISATION_2025.ordinal()]);

        double alliedMiningOrganic = p[ALLIED_MINING_2025.ordinal()];
        double rowFactor = 1;
        double magnetIndex = 1;
        double otherIndex = 1;
        double scrap = p[SCRAP_2025.ordinal()];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                chinaSeparationCeiling *= 1 + p[CHINA_SEPARATION_GROWTH.ordinal()];
                alliedMiningOrganic *= 1 + p[ALLIED_MINING_GROWTH.ordinal()];
                rowFactor *= 1 + p[ROW_GROWTH.ordinal()];
                magnetIndex *= 1 + magnetDemandGrowth(p, demandCase, Scenario.START_YEAR + i);
                otherIndex *= 1 + p[DEMAND_OTHER_GROWTH.ordinal()];
                scrap *= scrapGrowth;
            }
            double securedShare = Math.min(securedMax, p[SECURED_SHARE_2025.ordinal()] + securedAdded[i]);
            double recovery = Math.min(Channel.RECOVERY_RATE.cap(),
                    p[RECOVERY_RATE_2025.ordinal()] + recoveryAdded[i]);

            set(out, MINING_ALLIED, i, (alliedMiningOrganic + pipeline[0][0][i]) * (1 + miningUplift[i]));
            set(out, MINING_ROW, i, p[ROW_MINING_2025.ordinal()] * rowFactor + pipeline[1][0][i]);
            set(out, CAPACITY_ALLIED_SEPARATION, i, alliedNameplate + pipeline[0][1][i] + addedSeparation[i]);
            set(out, CAPACITY_ROW_SEPARATION, i, rowSeparation0 * rowFactor + pipeline[1][1][i]);
            set(out, CAPACITY_CHINA_SEPARATION, i, chinaSeparationCeiling);
            set(out, CAPACITY_ALLIED_MAGNETS, i, alliedMagnets0 + pipeline[0][2][i] + addedMagnets[i]);
            set(out, MAGNETS_ROW, i, p[ROW_MAGNETS_2025.ordinal()] * rowFactor + pipeline[1][2][i]);
            set(out, STOCKPILE_PURCHASES, i, stockpiled[i] - (i > 0 ? stockpiled[i - 1] : 0));

            double volumeIndex = magnetShare * magnetIndex + (1 - magnetShare) * otherIndex;
            double alliedFactor = alpha * (1 - demandCut[i]);
            set(out, DEMAND_GLOBAL_MINING, i, demandMining0 * volumeIndex);
            set(out, DEMAND_GLOBAL_SEPARATION, i, demandSeparation0 * volumeIndex);
            set(out, DEMAND_GLOBAL_MAGNETS, i, demandMagnets0 * magnetIndex);
            set(out, DEMAND_ALLIED_MINING, i, demandMining0 * volumeIndex * alliedFactor);
            set(out, DEMAND_ALLIED_SEPARATION, i, demandSeparation0 * volumeIndex * alliedFactor);
            set(out, DEMAND_ALLIED_MAGNETS, i, demandMagnets0 * magnetIndex * alliedFactor);

            set(out, RECOVERY_RATE, i, recovery);
            set(out, RECYCLED_ALLIED, i, recovery * alpha * scrap);
            set(out, SECURED_SHARE, i, securedShare);
            set(out, LEAD_TIME_CUT, i, levers.effect(Channel.LEAD_TIME_CUT)[i]);
        }
    }

    /**
     * The nameplate of existing allied plants not yet available in year {@code i}: the 2025 output (at the 2025
     * price) shows the share available then, and they ramp linearly to all of it.
     */
    static double alliedNotYetAvailable(double[] p, int i) {
        double nameplate = p[ALLIED_SEPARATION_CAPACITY_2025.ordinal()];
        double available0 = Math.min(1, p[ALLIED_SEPARATION_2025.ordinal()]
                / (nameplate * utilisation2025(p, p[ALLIED_COST_2025.ordinal()])));
        double rampYears = Math.max(0.5, p[ALLIED_SEPARATION_RAMP_YEARS.ordinal()]);
        return nameplate * (1 - available0) * Math.max(0, 1 - i / rampYears);
    }

    /** The share of a plant group's capacity that covered its cash cost (USD/kg REO) at the 2025 price. */
    private static double utilisation2025(double[] p, double costPerKgReo) {
        double mean = costPerKgReo / MarketStep.ndprShare(p);
        double spread = p[ALLIED_COST_SPREAD.ordinal()];
        return Math.max(0.01, SeparationMarket.utilisation(p[PRICE_NDPR_2025.ordinal()], mean * (1 - spread),
                mean * (1 + spread), p[MIN_UTILISATION.ordinal()]));
    }

    /**
     * Growth of magnet-REE demand from year−1 to year under the demand case (IEA STEPS / APS, McKinsey); each source's
     * rate holds for its own horizon, then a slower long-run rate, so the cases never cross.
     */
    static double magnetDemandGrowth(double[] p, DemandCase demandCase, int year) {
        return switch (demandCase) {
            case LOW -> year <= 2030 ? p[DEMAND_LOW_GROWTH.ordinal()] : p[DEMAND_LOW_GROWTH_AFTER_2030.ordinal()];
            case BASE -> year <= 2030 ? p[DEMAND_BASE_GROWTH_TO_2030.ordinal()]
                    : p[DEMAND_BASE_GROWTH_AFTER_2030.ordinal()];
            case HIGH -> year <= 2035 ? p[DEMAND_HIGH_GROWTH.ordinal()] : p[DEMAND_HIGH_GROWTH_AFTER_2035.ordinal()];
        };
    }

    private static void set(double[][] out, Series s, int i, double v) {
        out[s.ordinal()][i] = v;
    }
}
