package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/** Concentration (China share, HHI), self-sufficiency with its bottleneck, and the supply-risk index. */
final class IndicatorStep {
    private static final Series[] SELF_SUFFICIENCY_BY_STAGE = {
        SELF_SUFFICIENCY_MINING, SELF_SUFFICIENCY_SEPARATION, SELF_SUFFICIENCY_MAGNETS};
    private static final Series[] SECURED_BY_STAGE = {SECURED_MINING, SECURED_SEPARATION, SECURED_MAGNETS};
    private static final Series[] DEMAND_BY_STAGE = {
        DEMAND_ALLIED_MINING, DEMAND_ALLIED_SEPARATION, DEMAND_ALLIED_MAGNETS};
    private static final Stage[] STAGES = Stage.values();

    private IndicatorStep() {
    }

    /**
     * China's share and the HHI per stage. At the separation stage recycled oxide counts as allied supply: it meets
     * demand beside separated ore (in the market it displaces China, the swing supplier).
     */
    static void concentration(double[][] out) {
        int n = out[0].length;
        double[] recycled = out[RECYCLED_ALLIED.ordinal()];
        double[] alliedWithRecycled = new double[n];
        for (Stage stage : STAGES) {
            double[] china = out[Series.production(stage, Region.CHINA).ordinal()];
            double[] allied = out[Series.production(stage, Region.ALLIED).ordinal()];
            if (stage == Stage.SEPARATION) {
                for (int i = 0; i < n; i++) {
                    alliedWithRecycled[i] = allied[i] + recycled[i];
                }
                allied = alliedWithRecycled;
            }
            double[] row = out[Series.production(stage, Region.ROW).ordinal()];
            double[] share = out[Series.chinaShare(stage).ordinal()];
            double[] hhi = out[Series.hhi(stage).ordinal()];
            for (int i = 0; i < n; i++) {
                double total = china[i] + allied[i] + row[i];
                if (total <= 0) {
                    share[i] = 0;
                    hhi[i] = 0;
                    continue;
                }
                double c = 100 * china[i] / total;
                double a = 100 * allied[i] / total;
                double r = 100 * row[i] / total;
                share[i] = china[i] / total;
                hhi[i] = c * c + a * a + r * r;
            }
        }
    }

    /** Recycled tonnes count at every stage (as NdFeB at the magnet stage): they replace primary material. */
    static void selfSufficiency(double[] p, double[][] out, Stage[] bottleneck) {
        int n = out[0].length;
        double[] recycled = out[RECYCLED_ALLIED.ordinal()];
        double[] overall = out[SELF_SUFFICIENCY.ordinal()];
        double reoContent = p[MAGNET_REO_CONTENT.ordinal()];
        for (int i = 0; i < n; i++) {
            double weakest = Double.MAX_VALUE;
            Stage weakestStage = Stage.MINING;
            for (Stage stage : STAGES) {
                int s = stage.ordinal();
                double recycledHere = stage == Stage.MAGNETS ? recycled[i] / reoContent : recycled[i];
                double available = out[Series.production(stage, Region.ALLIED).ordinal()][i]
                        + out[SECURED_BY_STAGE[s].ordinal()][i] + recycledHere;
                double demand = out[DEMAND_BY_STAGE[s].ordinal()][i];
                double ratio = demand <= 0 ? 1 : Math.min(1, available / demand);
                out[SELF_SUFFICIENCY_BY_STAGE[s].ordinal()][i] = ratio;
                if (ratio < weakest) {
                    weakest = ratio;
                    weakestStage = stage;
                }
            }
            overall[i] = weakest;
            bottleneck[i] = weakestStage;
        }
    }

    /**
     * The supply-risk index on the weakest link: for each stage the weighted concentration and missing
     * self-sufficiency, the worst stage counting, plus missing stockpile cover.
     */
    static void risk(double[] p, double[][] out) {
        int n = out[0].length;
        double wc = p[RISK_WEIGHT_CONCENTRATION.ordinal()];
        double ws = p[RISK_WEIGHT_SELF_SUFFICIENCY.ordinal()];
        double wk = p[RISK_WEIGHT_STOCKPILE.ordinal()];
        double weights = wc + ws + wk;
        double targetDays = p[RISK_TARGET_DAYS.ordinal()];
        double[] days = out[STOCKPILE_DAYS.ordinal()];
        double[] risk = out[RISK_INDEX.ordinal()];
        for (int i = 0; i < n; i++) {
            double cover = targetDays <= 0 ? 1 : Math.min(1, days[i] / targetDays);
            double weakest = 0;
            for (Stage stage : STAGES) {
                double hhi = out[Series.hhi(stage).ordinal()][i];
                double selfSufficiency = out[SELF_SUFFICIENCY_BY_STAGE[stage.ordinal()].ordinal()][i];
                weakest = Math.max(weakest, wc * hhi / 10_000 + ws * (1 - selfSufficiency));
            }
            double mix = weakest + wk * (1 - cover);
            risk[i] = weights <= 0 ? 0 : Math.max(0, Math.min(1, mix / weights));
        }
    }
}
