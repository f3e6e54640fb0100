package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/** Capacity and production by region and stage, demand, recycling and secured supply. */
final class SupplyStep {
    private SupplyStep() {
    }

    static void run(double[] p, double[][] pipeline, LeverSchedule levers, DemandCase demandCase, double[][] out) {
        int n = out[0].length;
        double[] miningUplift = levers.effect(Channel.ALLIED_MINING_CAPACITY);
        double[] addedSeparation = levers.effect(Channel.ALLIED_SEPARATION_CAPACITY);
        double[] addedMagnets = levers.effect(Channel.ALLIED_MAGNET_CAPACITY);
        double[] recoveryAdded = levers.effect(Channel.RECOVERY_RATE);
        double[] demandCut = levers.effect(Channel.PRIMARY_DEMAND_CUT);
        double[] securedAdded = levers.effect(Channel.SECURED_ROW_SHARE);

        double alpha = p[ALLIED_DEMAND_SHARE.ordinal()];
        double reo = p[MAGNET_REO_CONTENT.ordinal()];
        double feedFraction = p[MAGNET_FEED_FRACTION.ordinal()];
        double magnetShare = p[DEMAND_MAGNET_SHARE_OF_VOLUME.ordinal()];
        double scrapGrowth = Math.pow(p[SCRAP_2035.ordinal()] / p[SCRAP_2025.ordinal()], 0.1);
        double securedMax = p[SECURED_SHARE_MAX.ordinal()];
        double demandMining0 = p[CHINA_MINING_2025.ordinal()] + p[ALLIED_MINING_2025.ordinal()]
                + p[ROW_MINING_2025.ordinal()];
        double demandSeparation0 = p[CHINA_SEPARATION_2025.ordinal()] + p[ALLIED_SEPARATION_2025.ordinal()]
                + p[ROW_SEPARATION_2025.ordinal()];
        double demandMagnets0 = p[CHINA_MAGNETS_2025.ordinal()] + p[ALLIED_MAGNETS_2025.ordinal()]
                + p[ROW_MAGNETS_2025.ordinal()];

        double chinaMining = p[CHINA_MINING_2025.ordinal()];
        double chinaSeparation = p[CHINA_SEPARATION_2025.ordinal()];
        double chinaMagnets = p[CHINA_MAGNETS_2025.ordinal()];
        double alliedMiningOrganic = p[ALLIED_MINING_2025.ordinal()];
        double rowFactor = 1;
        double magnetIndex = 1;
        double otherIndex = 1;
        double scrap = p[SCRAP_2025.ordinal()];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                chinaMining *= 1 + p[CHINA_MINING_GROWTH.ordinal()];
                chinaSeparation *= 1 + p[CHINA_SEPARATION_GROWTH.ordinal()];
                chinaMagnets *= 1 + p[CHINA_MAGNETS_GROWTH.ordinal()];
                alliedMiningOrganic *= 1 + p[ALLIED_MINING_GROWTH.ordinal()];
                rowFactor *= 1 + p[ROW_GROWTH.ordinal()];
                magnetIndex *= 1 + magnetDemandGrowth(p, demandCase, Scenario.START_YEAR + i);
                otherIndex *= 1 + p[DEMAND_OTHER_GROWTH.ordinal()];
                scrap *= scrapGrowth;
            }
            double securedShare = Math.min(securedMax, p[SECURED_SHARE_2025.ordinal()] + securedAdded[i]);
            double rowMining = p[ROW_MINING_2025.ordinal()] * rowFactor;
            double rowSeparation = p[ROW_SEPARATION_2025.ordinal()] * rowFactor;
            double rowMagnets = p[ROW_MAGNETS_2025.ordinal()] * rowFactor;
            double recovery = Math.min(Channel.RECOVERY_RATE.cap(),
                    p[RECOVERY_RATE_2025.ordinal()] + recoveryAdded[i]);
            double recycled = recovery * alpha * scrap;

            double alliedMining = (alliedMiningOrganic + pipeline[0][i]) * (1 + miningUplift[i]);
            double separationCapacity = p[ALLIED_SEPARATION_2025.ordinal()] + pipeline[1][i] + addedSeparation[i];
            // Primary ore only: recycled material is counted once, as secondary supply beside separated output.
            double separationFeed = alliedMining + securedShare * rowMining;
            double alliedSeparation = Math.min(separationCapacity, separationFeed);
            double magnetCapacity = p[ALLIED_MAGNETS_2025.ordinal()] + pipeline[2][i] + addedMagnets[i];
            double magnetFeed = ((alliedSeparation + securedShare * rowSeparation) * feedFraction + recycled) / reo;
            double alliedMagnets = Math.min(magnetCapacity, magnetFeed);

            set(out, MINING_CHINA, i, chinaMining);
            set(out, MINING_ALLIED, i, alliedMining);
            set(out, MINING_ROW, i, rowMining);
            set(out, SEPARATION_CHINA, i, chinaSeparation);
            set(out, SEPARATION_ALLIED, i, alliedSeparation);
            set(out, SEPARATION_ROW, i, rowSeparation);
            set(out, MAGNETS_CHINA, i, chinaMagnets);
            set(out, MAGNETS_ALLIED, i, alliedMagnets);
            set(out, MAGNETS_ROW, i, rowMagnets);
            set(out, MINING_TOTAL, i, chinaMining + alliedMining + rowMining);
            set(out, SEPARATION_TOTAL, i, chinaSeparation + alliedSeparation + rowSeparation);
            set(out, MAGNETS_TOTAL, i, chinaMagnets + alliedMagnets + rowMagnets);

            double volumeIndex = magnetShare * magnetIndex + (1 - magnetShare) * otherIndex;
            double alliedFactor = alpha * (1 - demandCut[i]);
            set(out, DEMAND_GLOBAL_MINING, i, demandMining0 * volumeIndex);
            set(out, DEMAND_GLOBAL_SEPARATION, i, demandSeparation0 * volumeIndex);
            set(out, DEMAND_GLOBAL_MAGNETS, i, demandMagnets0 * magnetIndex);
            set(out, DEMAND_ALLIED_MINING, i, demandMining0 * volumeIndex * alliedFactor);
            set(out, DEMAND_ALLIED_SEPARATION, i, demandSeparation0 * volumeIndex * alliedFactor);
            set(out, DEMAND_ALLIED_MAGNETS, i, demandMagnets0 * magnetIndex * alliedFactor);

            set(out, RECOVERY_RATE, i, recovery);
            set(out, RECYCLED_ALLIED, i, recycled);
            set(out, SECURED_SHARE, i, securedShare);
            set(out, SECURED_MINING, i, securedShare * rowMining);
            set(out, SECURED_SEPARATION, i, securedShare * rowSeparation);
            set(out, SECURED_MAGNETS, i, securedShare * rowMagnets);
            set(out, LEAD_TIME_CUT, i, levers.effect(Channel.LEAD_TIME_CUT)[i]);
        }
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
