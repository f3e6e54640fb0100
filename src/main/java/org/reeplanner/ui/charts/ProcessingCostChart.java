package org.reeplanner.ui.charts;

import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;

/** Allied processing cost per kilogram against China's. */
public final class ProcessingCostChart extends PlotPanel {

    public ProcessingCostChart(ProcessingCostChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
