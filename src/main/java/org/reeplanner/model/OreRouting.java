package org.reeplanner.model;

import static org.reeplanner.model.Series.*;

/**
 * Where each year's ore goes, so that no tonne appears or vanishes. Allied separation is fed by secured
 * rest-of-world ore (mined for allied buyers on top of other sales), then allied ore; surplus allied ore is tolled by
 * rest-of-world refiners that lack ore, then sold to China as far as the scenario allows, and the rest is stocked.
 * Rest-of-world ore feeds its own refiners and China. China mines what its separation needs beyond the ore it
 * imports.
 *
 * <p>The allied ore stock is a reserve the model does not draw: were plants to run it down, a larger plant would
 * starve sooner than a smaller one, and more money could lower later output. In every shipped scenario allied ore
 * exceeds allied refining each year, so the stock only grows.
 */
final class OreRouting {
    /** Allied ore held in stock at the end of the last routed year, t REO. */
    private double stock;

    /**
     * Routes year {@code i}'s ore, given each region's separated output, and writes the ore series and China's mine
     * output. {@code securedBase} is the share of rest-of-world output allied offtakes held in 2025;
     * {@code toChinaCap} is the most surplus allied ore China may take this year.
     */
    void route(double[][] out, int i, double recovery, double securedShare, double securedBase, double toChinaShare,
               double toChinaCap) {
        double alliedOre = out[MINING_ALLIED.ordinal()][i];
        double rowOre = out[MINING_ROW.ordinal()][i];
        double alliedFeed = out[SEPARATION_ALLIED.ordinal()][i] / recovery;
        double rowFeed = out[SEPARATION_ROW.ordinal()][i] / recovery;
        double chinaFeed = out[SEPARATION_CHINA.ordinal()][i] / recovery;

        // Secured rest-of-world ore first, then allied ore. The 2025 offtakes (securedBase) are part of rest-of-world
        // output; what the trade lever secures beyond them is mined for allied buyers on top of other sales (offtakes
        // finance it), so it diverts no ore from China.
        double securedUsed = Math.min(securedShare * rowOre, alliedFeed);
        double fromMine = Math.min(alliedOre, alliedFeed - securedUsed);

        double surplus = alliedOre - fromMine;
        double rowAvailable = rowOre - Math.min(securedUsed, securedBase * rowOre);
        double rowOwn = Math.min(rowAvailable, rowFeed);
        double toRow = Math.min(surplus, rowFeed - rowOwn);
        surplus -= toRow;
        double rowToChina = Math.min(rowAvailable - rowOwn, chinaFeed);
        double toChina = Math.min(Math.min(toChinaCap, surplus * toChinaShare), chinaFeed - rowToChina);
        double stocked = surplus - toChina;
        stock += stocked;

        // Rest-of-world mines sell only what refiners take: ore nobody needs is not mined.
        out[MINING_ROW.ordinal()][i] = rowOwn + securedUsed + rowToChina;
        out[MINING_CHINA.ordinal()][i] = chinaFeed - rowToChina - toChina;
        out[ORE_ALLIED_TO_ALLIED.ordinal()][i] = fromMine;
        out[ORE_ALLIED_TO_ROW.ordinal()][i] = toRow;
        out[ORE_ALLIED_TO_CHINA.ordinal()][i] = toChina;
        out[ORE_ALLIED_STOCKPILED.ordinal()][i] = stocked;
        out[ORE_ALLIED_STOCK.ordinal()][i] = stock;
    }
}
