package org.reeplanner.model;

/**
 * One headline number for a target year with its no-new-investment baseline; {@code better} says which direction of
 * change is good, or that neither is (money spent is the price of the outcomes, not an outcome).
 */
public record Kpi(String id, String label, Unit unit, double value, double baseline, Better better) {

    /** Which direction of change is an improvement. */
    public enum Better { LOWER, HIGHER, NEITHER }

    public double change() {
        return value - baseline;
    }

    public boolean lowerIsBetter() {
        return better == Better.LOWER;
    }

    /** Whether the change against the baseline is an improvement (false when there is no change or no direction). */
    public boolean improves() {
        double c = change();
        return better == Better.LOWER ? c < -1e-12 : better == Better.HIGHER && c > 1e-12;
    }

    /** Whether the change against the baseline is a deterioration (false when there is no change or no direction). */
    public boolean worsens() {
        double c = change();
        return better == Better.LOWER ? c > 1e-12 : better == Better.HIGHER && c < -1e-12;
    }
}
