package org.reeplanner.ui.compare;

import java.util.Arrays;

/**
 * One scenario's line in a comparison chart: its name, which of the four line styles (colour and dash) it takes,
 * and its values per year in axis units.
 */
public record OverlayLine(String name, int style, int[] years, double[] values) {
    public OverlayLine {
        years = years.clone();
        values = values.clone();
    }

    /** A line of {@code modelValues} multiplied by {@code scale} (fractions become percent). */
    public OverlayLine(String name, int style, int[] years, double[] modelValues, double scale) {
        this(name, style, years, scaled(modelValues, scale));
    }

    private static double[] scaled(double[] values, double scale) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * scale;
        }
        return out;
    }

    @Override
    public int[] years() {
        return years.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OverlayLine l && l.name.equals(name) && l.style == style && Arrays.equals(l.years, years)
                && Arrays.equals(l.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + style) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + " (style " + style + "): " + Arrays.toString(values);
    }
}
