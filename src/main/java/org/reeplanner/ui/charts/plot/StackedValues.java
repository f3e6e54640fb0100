package org.reeplanner.ui.charts.plot;

import java.util.List;

/** Puts model values onto stacked bands and their no-new-investment ghosts, in the chart's units. */
public final class StackedValues {
    private StackedValues() {
    }

    /** Stacks {@code values} (bottom band first) onto {@code bands} and returns the running totals. */
    public static double[] fill(List<ChartLine> bands, int[] years, double scale, double[]... values) {
        double[] base = new double[years.length];
        for (int i = 0; i < bands.size(); i++) {
            bands.get(i).stackOn(years, values[i], base, scale);
        }
        return base;
    }

    /**
     * Stacks a run's values onto {@code bands} and draws, from its no-new-investment {@code baseline}, the bands'
     * {@code ghosts} and the whole stack's {@code outline}.
     */
    public static void fillWithBaseline(List<ChartLine> bands, List<ChartLine> ghosts, ChartLine outline, int[] years,
                                        double scale, double[][] scenario, double[][] baseline) {
        fill(bands, years, scale, scenario);
        fillGhosts(bands, ghosts, years, scale, baseline);
        fillOutline(bands, outline, years, scale, baseline);
    }

    /**
     * Sets ghosts of stacked bands: each shows where its band's upper edge lies without new investment (over the
     * bands shown) and describes the band's own baseline value.
     */
    public static void fillGhosts(List<ChartLine> bands, List<ChartLine> ghosts, int[] years, double scale,
                                         double[]... values) {
        double[] edge = new double[years.length];
        for (int i = 0; i < ghosts.size(); i++) {
            double[] shown = new double[years.length];
            for (int y = 0; y < years.length; y++) {
                if (bands.get(i).isVisible()) {
                    edge[y] += values[i][y];
                }
                shown[y] = edge[y];
            }
            ghosts.get(i).set(years, shown, values[i], scale);
        }
    }

    /**
     * Sets {@code outline} to the top edge of the stack of {@code values} over the bands shown: the total without new
     * investment, described as that total.
     */
    public static void fillOutline(List<ChartLine> bands, ChartLine outline, int[] years, double scale,
                            double[]... values) {
        double[] edge = new double[years.length];
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).isVisible()) {
                for (int y = 0; y < years.length; y++) {
                    edge[y] += values[i][y];
                }
            }
        }
        outline.set(years, edge, edge, scale);
    }
}
