package org.reeplanner.io.report;

/**
 * One series of a chart: name (for the legend), colour as 0xRRGGBB, how it is drawn, which axis it belongs to, one
 * value per year, and for a band its lower edge ({@code values} is then the upper edge).
 */
public record ChartSeries(String name, int rgb, Kind kind, Dash dash, boolean secondaryAxis, double[] values,
                          double[] lower) {

    /** How a series is drawn. Stacked kinds stack in list order, the first at the bottom. */
    public enum Kind { LINE, STACKED_AREA, STACKED_BAR, BAND }

    /** The stroke of a line: solid for the scenario, dashed for a baseline ghost or a reference. */
    public enum Dash { SOLID, DASHED }

    public ChartSeries {
        if (kind == Kind.BAND && (lower == null || lower.length != values.length)) {
            throw new IllegalArgumentException(name + ": a band needs a lower edge per year");
        }
    }

    public static ChartSeries line(String name, int rgb, double[] values) {
        return new ChartSeries(name, rgb, Kind.LINE, Dash.SOLID, false, values, null);
    }

    /** A dashed line, e.g. the no-new-investment baseline drawn as a ghost behind the scenario. */
    public static ChartSeries dashed(String name, int rgb, double[] values) {
        return new ChartSeries(name, rgb, Kind.LINE, Dash.DASHED, false, values, null);
    }

    public static ChartSeries area(String name, int rgb, double[] values) {
        return new ChartSeries(name, rgb, Kind.STACKED_AREA, Dash.SOLID, false, values, null);
    }

    public static ChartSeries bar(String name, int rgb, double[] values) {
        return new ChartSeries(name, rgb, Kind.STACKED_BAR, Dash.SOLID, false, values, null);
    }

    public static ChartSeries band(String name, int rgb, double[] lower, double[] upper) {
        return new ChartSeries(name, rgb, Kind.BAND, Dash.SOLID, false, upper, lower);
    }

    /** The same series plotted against the right-hand axis. */
    public ChartSeries onSecondaryAxis() {
        return new ChartSeries(name, rgb, kind, dash, true, values, lower);
    }

    public boolean isLine() {
        return kind == Kind.LINE;
    }
}
