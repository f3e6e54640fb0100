package org.reeplanner.ui.charts;

import org.reeplanner.ui.common.Segmented;

/** The supply chart with its stage selector ({@code supply-stage-mining}, …) as a segmented choice. */
public final class SupplyChart extends PlotPanel {

    public SupplyChart(SupplyChartViewModel vm, PlotImages images) {
        super(vm, images, new Segmented("supply-stage", vm.stageOptions(), vm.stageProperty(), true));
    }
}
