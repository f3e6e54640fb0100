package org.reeplanner.ui.charts;

import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;

/** Annual programme spend stacked by focus area, with the cumulative spend line. */
public final class SpendChart extends PlotPanel {

    public SpendChart(SpendChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
