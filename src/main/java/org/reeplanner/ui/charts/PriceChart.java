package org.reeplanner.ui.charts;

/** The NdPr oxide price against its no-new-investment path, with the offtake price floor. */
public final class PriceChart extends PlotPanel {

    public PriceChart(PriceChartViewModel vm, PlotImages images) {
        super(vm, images);
    }
}
