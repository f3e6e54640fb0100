package org.reeplanner.model;

/**
 * One headline number for a target year with its no-new-investment baseline; {@code lowerIsBetter} says which
 * direction of change is good.
 */
public record Kpi(String id, String label, Unit unit, double value, double baseline, boolean lowerIsBetter) {

    public double change() {
        return value - baseline;
    }

    /** Whether the change against the baseline is an improvement (false when there is no change). */
    public boolean improves() {
        double c = change();
        return lowerIsBetter ? c < -1e-12 : c > 1e-12;
    }

    /** Whether the change against the baseline is a deterioration (false when there is no change). */
    public boolean worsens() {
        double c = change();
        return lowerIsBetter ? c > 1e-12 : c < -1e-12;
    }
}
