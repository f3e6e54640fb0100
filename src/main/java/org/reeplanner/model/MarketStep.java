package org.reeplanner.model;

import static org.reeplanner.model.Param.*;
import static org.reeplanner.model.Series.*;

/**
 * The market, year by year: processing costs with learning, the separated-oxide market cleared with China as the
 * swing supplier and an NdPr price, the price floor's top-up, where the ore goes, and the magnet market cleared the
 * same way one stage down. Reads the capacities, demand and mine output {@link SupplyStep} wrote. One instance serves
 * one run.
 */
final class MarketStep {
    private final double[] p;
    private final double[][] out;
    private final double ndpr;
    private final double recovery;
    private final double spread;
    private final double floor;
    private final double ownShare;
    private final double learningExponent;
    private final double priorOutput;
    private final double rowMean;
    private final double notYetAvailable;
    private final double rampYears;
    private final double[] cut;
    private final double[] coverage;
    private final double[] offtakeSpend;
    private final boolean floorBought;
    private final SeparationMarket m = new SeparationMarket();
    private final OreRouting ore = new OreRouting();
    private double budget;
    private double cumulative;
    private double chinaCost;
    private double chinaMagnetCeiling;
    private double price;

    private MarketStep(double[] p, LeverSchedule levers, int offtakeArea, double[][] out) {
        this.p = p;
        this.out = out;
        ndpr = ndprShare(p);
        recovery = Math.max(0.01, p[SEPARATION_RECOVERY.ordinal()]);
        spread = p[ALLIED_COST_SPREAD.ordinal()];
        floor = p[OFFTAKE_FLOOR.ordinal()];
        ownShare = p[CHINA_OWN_DEMAND_SHARE.ordinal()];
        learningExponent = -Math.log(1 - p[LEARNING_RATE.ordinal()]) / Math.log(2);
        priorOutput = p[LEARNING_PRIOR_YEARS.ordinal()] * p[ALLIED_SEPARATION_2025.ordinal()];
        rowMean = p[ROW_COST_2025.ordinal()] / ndpr;
        notYetAvailable = SupplyStep.alliedNotYetAvailable(p, 0);
        rampYears = Math.max(0.5, p[ALLIED_SEPARATION_RAMP_YEARS.ordinal()]);
        cut = levers.effect(Channel.PROCESSING_COST_CUT);
        coverage = levers.effect(Channel.OFFTAKE_COVERAGE);
        offtakeSpend = offtakeArea >= 0 ? levers.spend[offtakeArea] : null;
        budget = offtakeSpend == null ? 0 : sum(offtakeSpend);
        floorBought = budget > 0;
        cumulative = priorOutput;
        chinaCost = p[CHINA_COST_2025.ordinal()];
        chinaMagnetCeiling = p[CHINA_MAGNETS_2025.ordinal()]
                / Math.max(0.05, p[CHINA_MAGNETS_UTILISATION_2025.ordinal()]);
        m.anchorPrice = p[PRICE_NDPR_2025.ordinal()];
        m.anchorTightness = Math.max(0.05, p[CHINA_SEPARATION_UTILISATION_2025.ordinal()]);
        m.beta = p[PRICE_TIGHTNESS_EXPONENT.ordinal()];
        m.gamma = p[PRICE_RIVAL_RESPONSE.ordinal()];
        m.lambda = p[PRICE_SCARCITY_FACTOR.ordinal()];
        m.floorPrice = floor;
        m.minUtilisation = p[MIN_UTILISATION.ordinal()];
        price = m.anchorPrice;
    }

    static void run(double[] p, LeverSchedule levers, int offtakeArea, double[][] out) {
        MarketStep market = new MarketStep(p, levers, offtakeArea, out);
        for (int i = 0; i < out[0].length; i++) {
            market.costs(i);
            market.separation(i);
            market.payFloor(i);
            market.routeOre(i);
            market.magnets(i);
            market.chinaCost *= 1 + p[CHINA_COST_CHANGE.ordinal()];
            market.chinaMagnetCeiling *= 1 + p[CHINA_MAGNETS_GROWTH.ordinal()];
        }
    }

    /**
     * Processing costs: allied plants' mean cash cost with learning and the levers' cuts, spread into a band on the
     * NdPr basis; rest-of-world plants learn with the mature industry, as China's do — a trend, not their own output,
     * so allied money cannot slow them down later.
     */
    private void costs(int i) {
        double learning = priorOutput <= 0 ? 1 : Math.pow(cumulative / priorOutput, -learningExponent);
        double alliedCost = p[ALLIED_COST_2025.ordinal()] * learning * (1 - cut[i]);
        out[COST_ALLIED.ordinal()][i] = alliedCost;
        out[COST_CHINA.ordinal()][i] = chinaCost;
        m.alliedLow = alliedCost / ndpr * (1 - spread);
        m.alliedHigh = alliedCost / ndpr * (1 + spread);
        double rowCost = rowMean * chinaCost / p[CHINA_COST_2025.ordinal()];
        m.rowLow = rowCost * (1 - spread);
        m.rowHigh = rowCost * (1 + spread);
    }

    /** Clears the year's separated-oxide market (2025 is the anchor) and writes output, price and balance. */
    private void separation(int i) {
        double securedShare = out[SECURED_SHARE.ordinal()][i];
        double alliedOre = out[MINING_ALLIED.ordinal()][i];
        double rowOre = out[MINING_ROW.ordinal()][i];
        double nameplate = out[CAPACITY_ALLIED_SEPARATION.ordinal()][i];
        m.alliedCapacity = nameplate - notYetAvailable * Math.max(0, 1 - i / rampYears);
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
            // Start from last year's price moved on by last year's change: one Newton step fewer on average.
            double start = i > 1 ? 2 * price - out[PRICE_NDPR.ordinal()][i - 2] : price;
            price = m.clear(start > 0 ? start : price);
        }
        double allied = m.allied(price);
        double row = m.row(price);
        double china = Math.max(ownShare * consumption,
                Math.min(m.chinaCeiling, m.demand - (allied + row + m.recycled)));
        out[PRICE_NDPR.ordinal()][i] = price;
        out[SEPARATION_ALLIED.ordinal()][i] = allied;
        out[SEPARATION_ROW.ordinal()][i] = row;
        out[SEPARATION_CHINA.ordinal()][i] = china;
        out[SEPARATION_TOTAL.ordinal()][i] = china + allied + row;
        out[BALANCE_SEPARATION.ordinal()][i] = china + allied + row + m.recycled - consumption;
        out[UTILISATION_ALLIED_SEPARATION.ordinal()][i] = nameplate > 0 ? allied / nameplate : 0;
        out[SECURED_SEPARATION.ordinal()][i] = securedShare * row;
        cumulative += allied + m.recycled;
    }

    /** The price floor's top-up for the covered output, paid from what is left of the budget. */
    private void payFloor(int i) {
        if (!floorBought) {
            return;
        }
        double allied = out[SEPARATION_ALLIED.ordinal()][i];
        double covered = Math.min(allied, m.alliedCovered * SeparationMarket.utilisation(Math.max(price, floor),
                m.alliedLow, m.alliedHigh, m.minUtilisation));
        double topUp = Math.max(0, floor - price) * covered * ndpr * 1000 / 1e9;
        double paid = Math.min(budget, topUp);
        budget -= paid;
        offtakeSpend[i] = paid;
        out[OFFTAKE_COVERED.ordinal()][i] = covered;
    }

    private void routeOre(int i) {
        double securedShare = out[SECURED_SHARE.ordinal()][i];
        double toChinaCap = i == 0 ? p[ORE_TO_CHINA_2025.ordinal()] : Double.MAX_VALUE;
        double toChinaShare = i == 0 ? 1 : p[ORE_TO_CHINA_SHARE.ordinal()];
        out[SECURED_MINING.ordinal()][i] = securedShare * out[MINING_ROW.ordinal()][i];
        ore.route(out, i, recovery, securedShare, p[SECURED_SHARE_2025.ordinal()], toChinaShare, toChinaCap);
        out[MINING_TOTAL.ordinal()][i] = out[MINING_CHINA.ordinal()][i] + out[MINING_ALLIED.ordinal()][i]
                + out[MINING_ROW.ordinal()][i];
    }

    /**
     * The magnet market: allied plants run at their availability as far as allied and secured oxide (and recycled
     * material) feeds them; rest-of-world plants at capacity; China supplies the rest between its own needs and its
     * capacity.
     */
    private void magnets(int i) {
        double securedShare = out[SECURED_SHARE.ordinal()][i];
        double capacity = out[CAPACITY_ALLIED_MAGNETS.ordinal()][i];
        double oxide = out[SEPARATION_ALLIED.ordinal()][i] + securedShare * out[SEPARATION_ROW.ordinal()][i];
        double feed = (oxide * ndpr + out[RECYCLED_ALLIED.ordinal()][i]) / p[MAGNET_REO_CONTENT.ordinal()];
        double allied = Math.min(capacity * p[ALLIED_MAGNETS_AVAILABILITY.ordinal()], feed);
        double row = out[MAGNETS_ROW.ordinal()][i];
        double demand = out[DEMAND_GLOBAL_MAGNETS.ordinal()][i];
        double china = Math.max(ownShare * demand, Math.min(chinaMagnetCeiling, demand - allied - row));
        out[MAGNETS_ALLIED.ordinal()][i] = allied;
        out[MAGNETS_CHINA.ordinal()][i] = china;
        out[MAGNETS_TOTAL.ordinal()][i] = allied + row + china;
        out[UTILISATION_ALLIED_MAGNETS.ordinal()][i] = capacity > 0 ? allied / capacity : 0;
        out[SECURED_MAGNETS.ordinal()][i] = securedShare * row;
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
