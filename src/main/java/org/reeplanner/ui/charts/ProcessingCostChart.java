package org.reeplanner.ui.charts;

/** Allied processing cost per kilogram against China's. */
public final class ProcessingCostChart extends PlotPanel {

    public ProcessingCostChart(ProcessingCostChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
