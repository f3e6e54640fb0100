package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * The market, year by year: processing costs with learning, the separated-oxide market cleared with China as the
 * swing supplier and an NdPr price, the price floor's top-up, where the ore goes, and the magnet market cleared the
 * same way one stage down. Reads the capacities, demand and mine output {@link SupplyStep} wrote.
 */
final class MarketStep {
    private MarketStep() {
    }

    static void run(double[] p, LeverSchedule levers, int offtakeArea, double[][] out) {
        int n = out[0].length;
        double ndpr = ndprShare(p);
        double recovery = Math.max(0.01, p[SEPARATION_RECOVERY.ordinal()]);
        double spread = p[ALLIED_COST_SPREAD.ordinal()];
        double floor = p[OFFTAKE_FLOOR.ordinal()];
        double ownShare = p[CHINA_OWN_DEMAND_SHARE.ordinal()];
        double reo = p[MAGNET_REO_CONTENT.ordinal()];
        double availability = p[ALLIED_MAGNETS_AVAILABILITY.ordinal()];
        double learningExponent = -Math.log(1 - p[LEARNING_RATE.ordinal()]) / Math.log(2);
        double priorOutput = p[LEARNING_PRIOR_YEARS.ordinal()] * p[ALLIED_SEPARATION_2025.ordinal()];
        double chinaMagnetCeiling = p[CHINA_MAGNETS_2025.ordinal()]
                / Math.max(0.05, p[CHINA_MAGNETS_UTILISATION_2025.ordinal()]);
        double rowMean = p[ROW_COST_2025.ordinal()] / ndpr;
        double[] cut = levers.effect(Channel.PROCESSING_COST_CUT);
        double[] coverage = levers.effect(Channel.OFFTAKE_COVERAGE);
        double[] offtakeSpend = offtakeArea >= 0 ? levers.spend[offtakeArea] : null;
        double budget = offtakeArea >= 0 ? sum(offtakeSpend) : 0;

        SeparationMarket m = new SeparationMarket();
        m.anchorPrice = p[PRICE_NDPR_2025.ordinal()];
        m.anchorTightness = Math.max(0.05, p[CHINA_SEPARATION_UTILISATION_2025.ordinal()]);
        m.beta = p[PRICE_TIGHTNESS_EXPONENT.ordinal()];
        m.gamma = p[PRICE_RIVAL_RESPONSE.ordinal()];
        m.lambda = p[PRICE_SCARCITY_FACTOR.ordinal()];
        m.floorPrice = floor;
        m.minUtilisation = p[MIN_UTILISATION.ordinal()];

        OreRouting ore = new OreRouting();
        double cumulative = priorOutput;
        double chinaCost = p[CHINA_COST_2025.ordinal()];
        double price = m.anchorPrice;
        for (int i = 0; i < n; i++) {
            double alliedCost = p[ALLIED_COST_2025.ordinal()] * learning(cumulative, priorOutput, learningExponent)
                    * (1 - cut[i]);
            out[COST_ALLIED.ordinal()][i] = alliedCost;
            out[COST_CHINA.ordinal()][i] = chinaCost;
            m.alliedLow = alliedCost / ndpr * (1 - spread);
            m.alliedHigh = alliedCost / ndpr * (1 + spread);
            // Rest-of-world plants learn with the mature industry, as China's do: a trend, not their own output, so
            // allied money cannot slow them down later.
            double rowCost = rowMean * chinaCost / p[CHINA_COST_2025.ordinal()];
            m.rowLow = rowCost * (1 - spread);
            m.rowHigh = rowCost * (1 + spread);

            double securedShare = out[SECURED_SHARE.ordinal()][i];
            double alliedOre = out[MINING_ALLIED.ordinal()][i];
            double rowOre = out[MINING_ROW.ordinal()][i];
            double nameplate = out[CAPACITY_ALLIED_SEPARATION.ordinal()][i];
            m.alliedCapacity = nameplate - SupplyStep.alliedNotYetAvailable(p, i);
            m.alliedCovered = budget > 0 ? Math.min(m.alliedCapacity, coverage[i] / ndpr) : 0;
            m.alliedFeedCap = recovery * (alliedOre + securedShare * rowOre);
            m.rowCapacity = out[CAPACITY_ROW_SEPARATION.ordinal()][i];
            double alliedMostFeed = Math.min(m.alliedCapacity, m.alliedFeedCap) / recovery;
            m.rowFeedCap = recovery * ((1 - p[SECURED_SHARE_2025.ordinal()]) * rowOre
                    + Math.max(0, alliedOre - alliedMostFeed));
            m.recycled = out[RECYCLED_ALLIED.ordinal()][i];
            m.chinaCeiling = out[CAPACITY_CHINA_SEPARATION.ordinal()][i];
            double consumption = out[DEMAND_GLOBAL_SEPARATION.ordinal()][i];
            m.demand = consumption + out[STOCKPILE_PURCHASES.ordinal()][i];
            if (i == 0) {
                // 2025 is the anchor: the observed price, and the non-China share the rivals' term starts from.
                m.anchorNonChinaShare = m.nonChina(price) / consumption;
            } else {
                price = m.clear(price);
            }
            double allied = m.allied(price);
            double row = m.row(price);
            double china = Math.max(ownShare * consumption, Math.min(m.chinaCeiling, m.demand - m.nonChina(price)));
            out[PRICE_NDPR.ordinal()][i] = price;
            out[SEPARATION_ALLIED.ordinal()][i] = allied;
            out[SEPARATION_ROW.ordinal()][i] = row;
            out[SEPARATION_CHINA.ordinal()][i] = china;
            out[SEPARATION_TOTAL.ordinal()][i] = china + allied + row;
            out[BALANCE_SEPARATION.ordinal()][i] = china + allied + row + m.recycled - consumption;
            out[UTILISATION_ALLIED_SEPARATION.ordinal()][i] = nameplate > 0 ? allied / nameplate : 0;
            out[SECURED_SEPARATION.ordinal()][i] = securedShare * row;
            cumulative += allied + m.recycled;

            if (offtakeSpend != null) {
                double covered = Math.min(allied, m.alliedCovered * SeparationMarket.utilisation(
                        Math.max(price, floor), m.alliedLow, m.alliedHigh, m.minUtilisation));
                double topUp = Math.max(0, floor - price) * covered * ndpr * 1000 / 1e9;
                double paid = Math.min(budget, topUp);
                budget -= paid;
                offtakeSpend[i] = paid;
                out[OFFTAKE_COVERED.ordinal()][i] = covered;
            }

            double toChinaCap = i == 0 ? p[ORE_TO_CHINA_2025.ordinal()] : Double.MAX_VALUE;
            double toChinaShare = i == 0 ? 1 : p[ORE_TO_CHINA_SHARE.ordinal()];
            ore.route(out, i, recovery, securedShare, p[SECURED_SHARE_2025.ordinal()], toChinaShare, toChinaCap);
            out[SECURED_MINING.ordinal()][i] = securedShare * rowOre;
            out[MINING_TOTAL.ordinal()][i] = out[MINING_CHINA.ordinal()][i] + alliedOre
                    + out[MINING_ROW.ordinal()][i];

            chinaCost *= 1 + p[CHINA_COST_CHANGE.ordinal()];
            magnets(out, i, allied, row, securedShare, ndpr, reo, availability, ownShare, chinaMagnetCeiling);
            chinaMagnetCeiling *= 1 + p[CHINA_MAGNETS_GROWTH.ordinal()];
        }
    }

    /**
     * The magnet market: allied plants run at their availability as far as allied and secured oxide (and recycled
     * material) feeds them; rest-of-world plants at capacity; China supplies the rest between its own needs and its
     * capacity.
     */
    private static void magnets(double[][] out, int i, double alliedOxide, double rowOxide, double securedShare,
                                double ndpr, double reo, double availability, double ownShare, double chinaCeiling) {
        double capacity = out[CAPACITY_ALLIED_MAGNETS.ordinal()][i];
        double feed = ((alliedOxide + securedShare * rowOxide) * ndpr + out[RECYCLED_ALLIED.ordinal()][i]) / reo;
        double allied = Math.min(capacity * availability, feed);
        double row = out[MAGNETS_ROW.ordinal()][i];
        double demand = out[DEMAND_GLOBAL_MAGNETS.ordinal()][i];
        double china = Math.max(ownShare * demand, Math.min(chinaCeiling, demand - allied - row));
        out[MAGNETS_ALLIED.ordinal()][i] = allied;
        out[MAGNETS_CHINA.ordinal()][i] = china;
        out[MAGNETS_TOTAL.ordinal()][i] = allied + row + china;
        out[UTILISATION_ALLIED_MAGNETS.ordinal()][i] = capacity > 0 ? allied / capacity : 0;
        out[SECURED_MAGNETS.ordinal()][i] = securedShare * row;
    }

    /** Wright's law: cost falls by the learning rate with each doubling of cumulative output since before 2025. */
    private static double learning(double cumulative, double prior, double exponent) {
        return prior <= 0 ? 1 : Math.pow(cumulative / prior, -exponent);
    }

    /**
     * kg NdPr per kg of separated REO, the one factor between the NdPr price basis and the REO cost basis (the share
     * magnet makers use, J4), kept off zero so a changed assumption cannot divide by it.
     */
    static double ndprShare(double[] p) {
        return Math.max(0.05, p[MAGNET_FEED_FRACTION.ordinal()]);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
