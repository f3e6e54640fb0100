package org.reeplanner.ui.charts;

import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;

/** The stress test's outcome: stockpile, shortfall and the shortfall for each possible start year. */
public final class StockpileChart extends PlotPanel {

    public StockpileChart(StockpileChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
