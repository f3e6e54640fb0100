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

    private double nonChinaSlope(double price) {
        double s = 0;
        double coveredPrice = Math.max(price, floorPrice);
        double alliedUnbound = alliedCovered * utilisation(coveredPrice, alliedLow, alliedHigh, minUtilisation)
                + (alliedCapacity - alliedCovered) * utilisation(price, alliedLow, alliedHigh, minUtilisation);
        if (alliedUnbound < alliedFeedCap) {
            if (price > floorPrice) {
                s += alliedCovered * slope(price, alliedLow, alliedHigh);
            }
            s += (alliedCapacity - alliedCovered) * slope(price, alliedLow, alliedHigh);
        }
        if (rowCapacity * utilisation(price, rowLow, rowHigh, minUtilisation) < rowFeedCap) {
            s += rowCapacity * slope(price, rowLow, rowHigh);
        }
        return s;
    }

    /** What the world needs from China over China's ceiling, when others supply {@code nonChina}. */
    double tightness(double nonChina) {
        return Math.max(MIN_TIGHTNESS, (demand - nonChina) / chinaCeiling);
    }

    /** The price the balance gives when others supply {@code nonChina}. */
    double price(double nonChina) {
        double x = tightness(nonChina);
        double rivals = Math.max(MIN_RIVAL_FACTOR, 1 - gamma * Math.max(0, nonChina / demand - anchorNonChinaShare));
        double scarcity = 1 + lambda * Math.max(0, x - 1);
        return anchorPrice * Math.pow(x / anchorTightness, beta) * rivals * scarcity;
    }

    private double priceSlope(double nonChina, double price) {
        double need = demand - nonChina;
        double x = need / chinaCeiling;
        double dLog = 0;
        if (x > MIN_TIGHTNESS) {
            dLog -= beta / need;
            if (x > 1) {
                dLog -= lambda / chinaCeiling / (1 + lambda * (x - 1));
            }
        }
        double rivals = 1 - gamma * (nonChina / demand - anchorNonChinaShare);
        if (nonChina / demand > anchorNonChinaShare && rivals > MIN_RIVAL_FACTOR) {
            dLog -= gamma / demand / rivals;
        }
        return price * dLog;
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
            double q = nonChina(p);
            double implied = price(q);
            double gap = p - implied;
            if (Math.abs(gap) <= 1e-13 * Math.max(1, p)) {
                return p;
            }
            if (gap < 0) {
                low = p;
            } else {
                high = p;
            }
            double derivative = 1 - priceSlope(q, implied) * nonChinaSlope(p);
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
