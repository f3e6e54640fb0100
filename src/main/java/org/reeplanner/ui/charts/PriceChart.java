package org.reeplanner.ui.charts;

import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;

/** The NdPr oxide price against its no-new-investment path, with the offtake price floor. */
public final class PriceChart extends PlotPanel {

    public PriceChart(PriceChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
