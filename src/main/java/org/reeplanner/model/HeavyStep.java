package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * The heavy stream: dysprosium and terbium oxide, which magnets need in small amounts (N13) and which China
 * separates almost alone (U5). Demand is magnet demand times the heavy content; allied and rest-of-world plants
 * (2025 output, their pipelines and the heavy-separation lever) run at capacity, as scarce heavy oxide always sells;
 * China supplies the rest. Its Dy/Tb basket price follows how much of China's ceiling the world needs, as the NdPr
 * price does. The existing series keep meaning all rare-earth oxide; the heavy tonnes are part of it.
 */
final class HeavyStep {
    private HeavyStep() {
    }

    /** {@code heavyPipeline[r][i]}: expected heavy capacity, r = 0 allied, 1 rest of world. */
    static void run(double[] p, double[][] heavyPipeline, LeverSchedule levers, double[][] out) {
        int n = out[0].length;
        double content = p[MAGNET_HEAVY_CONTENT.ordinal()];
        double reo = p[MAGNET_REO_CONTENT.ordinal()];
        double[] added = levers.effect(Channel.ALLIED_HEAVY_CAPACITY);
        double anchorTightness = Math.max(0.05, p[CHINA_SEPARATION_UTILISATION_2025.ordinal()]);
        double beta = p[PRICE_TIGHTNESS_EXPONENT.ordinal()];
        double rowFactor = 1;
        double chinaCeiling = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                rowFactor *= 1 + p[ROW_GROWTH.ordinal()];
            }
            double demand = out[DEMAND_GLOBAL_MAGNETS.ordinal()][i] * content;
            double alliedDemand = out[DEMAND_ALLIED_MAGNETS.ordinal()][i] * content;
            // Recycled magnet material carries its heavy content (heavy share of the REO in a magnet).
            double recycled = reo <= 0 ? 0 : out[RECYCLED_ALLIED.ordinal()][i] * content / reo;
            double allied = p[ALLIED_HEAVY_2025.ordinal()] + heavyPipeline[0][i] + added[i];
            double row = p[ROW_HEAVY_2025.ordinal()] * rowFactor + heavyPipeline[1][i];
            double china = Math.max(0, demand - allied - row - recycled);
            double supply = china + allied + row + recycled;
            double secured = out[SECURED_SHARE.ordinal()][i] * row;
            double growth = out[CAPACITY_CHINA_SEPARATION.ordinal()][i] / out[CAPACITY_CHINA_SEPARATION.ordinal()][0];
            if (i == 0) {
                chinaCeiling = china / anchorTightness;
            }
            double tightness = chinaCeiling <= 0 ? anchorTightness : Math.max(0.01, china / (chinaCeiling * growth));
            out[DEMAND_GLOBAL_HEAVY.ordinal()][i] = demand;
            out[DEMAND_ALLIED_HEAVY.ordinal()][i] = alliedDemand;
            out[SEPARATION_HEAVY_CHINA.ordinal()][i] = china;
            out[SEPARATION_HEAVY_ALLIED.ordinal()][i] = allied;
            out[SEPARATION_HEAVY_ROW.ordinal()][i] = row;
            out[SECURED_HEAVY.ordinal()][i] = secured;
            out[SHARE_CHINA_HEAVY_SEPARATION.ordinal()][i] = supply <= 0 ? 0 : china / supply;
            out[SELF_SUFFICIENCY_HEAVY.ordinal()][i] = alliedDemand <= 0 ? 1
                    : Math.min(1, (allied + secured + recycled) / alliedDemand);
            out[PRICE_DYTB.ordinal()][i] = p[PRICE_DYTB_2025.ordinal()]
                    * Math.pow(tightness / anchorTightness, beta);
        }
    }
}
