package org.reeplanner.io.report;

/**
 * One value axis of a chart: its title (with the unit), how ticks read, and an optional fixed range; a null bound is
 * chosen from the data, the lower one starting from zero unless {@code fromZero} is false (a zoomed axis).
 */
public record AxisSpec(String title, AxisFormat format, Double min, Double max, boolean fromZero) {

    public static AxisSpec of(String title, AxisFormat format) {
        return new AxisSpec(title, format, null, null, true);
    }

    /** An axis whose range follows the data closely, for small differences such as an uncertainty band. */
    public static AxisSpec zoomed(String title, AxisFormat format) {
        return new AxisSpec(title, format, null, null, false);
    }

    public static AxisSpec fixed(String title, AxisFormat format, double min, double max) {
        return new AxisSpec(title, format, min, max, true);
    }
}
