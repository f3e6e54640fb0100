package org.reeplanner.ui.charts;

/** The stress test's supply side: non-China separated oxide against allied demand. */
public final class StressSupplyChart extends PlotPanel {

    public StressSupplyChart(StressSupplyChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
