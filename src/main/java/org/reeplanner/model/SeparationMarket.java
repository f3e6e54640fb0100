package org.reeplanner.model;

/**
 * One year's market for separated oxide: non-China plants supply what covers their cash cost at the price (plants
 * under a price floor see the floor), China supplies the rest as the swing supplier, and the NdPr price follows how
 * much of China's ceiling the world needs. {@link #clear} finds the price at which the two agree.
 *
 * <p>Prices are USD/kg NdPr; plant costs are on the same NdPr basis (cost per kg REO ÷ NdPr share). The fields are
 * set for each year by {@link MarketStep}; the object is reused across years of one run.
 */
final class SeparationMarket {
    private static final double MIN_TIGHTNESS = 0.01;
    private static final double MIN_RIVAL_FACTOR = 0.2;
    private static final int MAX_STEPS = 100;

    // price curve
    double anchorPrice;
    double anchorTightness;
    double beta;
    double gamma;
    double lambda;
    double anchorNonChinaShare;
    // the year's demand (incl. stock purchases), China's ceiling and the price floor
    double demand;
    double chinaCeiling;
    double floorPrice;
    // supply outside China
    double minUtilisation;
    double alliedCapacity;
    double alliedCovered;
    double alliedLow;
    double alliedHigh;
    double alliedFeedCap;
    double rowCapacity;
    double rowLow;
    double rowHigh;
    double rowFeedCap;
    double recycled;

    /** Share of a plant group's capacity whose cash cost (spread evenly between low and high) the price covers. */
    static double utilisation(double price, double low, double high, double minimum) {
        double u = high > low ? (price - low) / (high - low) : (price >= low ? 1 : 0);
        return Math.max(minimum, Math.min(1, u));
    }

    private double slope(double price, double low, double high) {
        if (!(high > low)) {
            return 0;
        }
        double u = (price - low) / (high - low);
        return u > minUtilisation && u < 1 ? 1 / (high - low) : 0;
    }

    double allied(double price) {
        double covered = alliedCovered * utilisation(Math.max(price, floorPrice), alliedLow, alliedHigh,
                minUtilisation);
        double open = (alliedCapacity - alliedCovered) * utilisation(price, alliedLow, alliedHigh, minUtilisation);
        return Math.min(alliedFeedCap, covered + open);
    }

    double row(double price) {
        return Math.min(rowFeedCap, rowCapacity * utilisation(price, rowLow, rowHigh, minUtilisation));
    }

    /** Separated supply outside China at a price, recycled oxide included. */
    double nonChina(double price) {
        return allied(price) + row(price) + recycled;
    }

    /** The price the balance gives when others supply {@code nonChina}. */
    double price(double nonChina) {
        return priceWithSlope(nonChina);
    }

    /** The slope of the last {@link #priceWithSlope} in the supply outside China. */
    private double impliedSlope;

    /** {@link #price} and, in {@link #impliedSlope}, its slope: one pass for a Newton step. */
    private double priceWithSlope(double nonChina) {
        double need = demand - nonChina;
        double x = need / chinaCeiling;
        double share = nonChina / demand;
        double dLog = 0;
        double tight = MIN_TIGHTNESS;
        if (x > MIN_TIGHTNESS) {
            tight = x;
            dLog -= beta / need;
        }
        double scarcity = 1;
        if (x > 1) {
            scarcity = 1 + lambda * (x - 1);
            dLog -= lambda / chinaCeiling / scarcity;
        }
        double rivals = 1;
        if (share > anchorNonChinaShare) {
            rivals = 1 - gamma * (share - anchorNonChinaShare);
            if (rivals > MIN_RIVAL_FACTOR) {
                dLog -= gamma / demand / rivals;
            } else {
                rivals = MIN_RIVAL_FACTOR;
            }
        }
        double price = anchorPrice * Math.pow(tight / anchorTightness, beta) * rivals * scarcity;
        impliedSlope = price * dLog;
        return price;
    }

    /** The last {@link #evaluate} result: supply outside China at the price, and its slope in the price. */
    private double evaluatedSupply;
    private double evaluatedSlope;

    /** Supply outside China at a price and its slope, in one pass over the plant groups. */
    private void evaluate(double price) {
        double uOpen = utilisation(price, alliedLow, alliedHigh, minUtilisation);
        double coveredPrice = Math.max(price, floorPrice);
        double uCovered = coveredPrice == price ? uOpen
                : utilisation(coveredPrice, alliedLow, alliedHigh, minUtilisation);
        double alliedUnbound = alliedCovered * uCovered + (alliedCapacity - alliedCovered) * uOpen;
        double supply = recycled;
        double slope = 0;
        if (alliedUnbound < alliedFeedCap) {
            supply += alliedUnbound;
            double s = slope(price, alliedLow, alliedHigh);
            slope += (price > floorPrice ? alliedCapacity : alliedCapacity - alliedCovered) * s;
        } else {
            supply += alliedFeedCap;
        }
        double rowUnbound = rowCapacity * utilisation(price, rowLow, rowHigh, minUtilisation);
        if (rowUnbound < rowFeedCap) {
            supply += rowUnbound;
            slope += rowCapacity * slope(price, rowLow, rowHigh);
        } else {
            supply += rowFeedCap;
        }
        evaluatedSupply = supply;
        evaluatedSlope = slope;
    }

    /**
     * The clearing price: the P at which the price the balance gives equals P. {@code P − price(nonChina(P))} rises
     * with P (supply rises with the price, the price falls with supply), so the root is unique; Newton steps from
     * {@code start} (last year's price), kept inside a shrinking bracket, find it to machine precision in two to four
     * steps.
     */
    double clear(double start) {
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double p = Math.max(low, start);
        for (int step = 0; step < MAX_STEPS; step++) {
            evaluate(p);
            double q = evaluatedSupply;
            double implied = priceWithSlope(q);
            double gap = p - implied;
            if (Math.abs(gap) <= 1e-13 * Math.max(1, p)) {
                return p;
            }
            if (gap < 0) {
                low = p;
            } else {
                high = p;
            }
            double derivative = 1 - impliedSlope * evaluatedSlope;
            double next = p - gap / derivative;
            if (!(next > low && next < high)) {
                if (high == Double.POSITIVE_INFINITY) {
                    // The price when others supply their least: no root lies above it.
                    high = Math.max(p, price(nonChina(0)));
                }
                next = 0.5 * (low + high);
            }
            if (Math.abs(next - p) <= 1e-9 * p && next > low && next < high) {
                // Newton converges quadratically: the error left after a step this small is below 1e-16 of P.
                return next;
            }
            p = next;
        }
        return p;
    }
}
