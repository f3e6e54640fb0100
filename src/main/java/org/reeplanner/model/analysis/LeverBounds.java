package org.reeplanner.model.analysis;

/** The least and most money (USD bn) the optimiser may give one focus area. */
public record LeverBounds(double minUsdBn, double maxUsdBn) {

    public LeverBounds {
        if (!(minUsdBn >= 0 && minUsdBn <= maxUsdBn && Double.isFinite(maxUsdBn))) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max, got " + minUsdBn + " .. "
                    + maxUsdBn);
        }
    }
}
