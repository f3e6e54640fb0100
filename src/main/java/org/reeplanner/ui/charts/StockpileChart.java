package org.reeplanner.ui.charts;

/** The stress test's outcome: stockpile, shortfall and the shortfall for each possible start year. */
public final class StockpileChart extends PlotPanel {

    public StockpileChart(StockpileChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
