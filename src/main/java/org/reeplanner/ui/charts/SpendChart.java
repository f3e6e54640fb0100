package org.reeplanner.ui.charts;

/** Annual programme spend stacked by focus area, with the cumulative spend line. */
public final class SpendChart extends PlotPanel {

    public SpendChart(SpendChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
