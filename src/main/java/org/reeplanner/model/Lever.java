package org.reeplanner.model;

/** A focus area's setting: money (USD bn, real 2025, total over the programme), timing and the U.S. cost share. */
public record Lever(double investmentUsdBn, int startYear, int durationYears, double usShare) {

    public static final int DEFAULT_START = 2025;
    public static final int DEFAULT_DURATION = 5;
    public static final double DEFAULT_US_SHARE = 0.5;
    /** No money, on the default timing and share: what a focus area the scenario does not mention gets. */
    public static final Lever NONE = of(0);

    public static Lever of(double usdBn) {
        return new Lever(usdBn, DEFAULT_START, DEFAULT_DURATION, DEFAULT_US_SHARE);
    }

    public Lever withInvestment(double usdBn) {
        return new Lever(usdBn, startYear, durationYears, usShare);
    }

    /** The last calendar year in which money is spent. */
    public int lastSpendYear() {
        return startYear + durationYears - 1;
    }
}
