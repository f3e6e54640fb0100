package org.reeplanner.ui.charts;

import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;

/** The stress test's supply side: non-China separated oxide against allied demand. */
public final class StressSupplyChart extends PlotPanel {

    public StressSupplyChart(StressSupplyChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
