package org.reeplanner.ui.charts;

import javafx.beans.property.BooleanProperty;
import org.reeplanner.ui.common.Segmented;

/**
 * The supply chart with its uncertainty-band toggle and its stage selector ({@code supply-stage-mining}, …) as a
 * segmented choice.
 */
public final class SupplyChart extends PlotPanel {

    /** @param uncertainty the window-wide toggle of the P10–P90 bands */
    public SupplyChart(SupplyChartViewModel vm, PlotImages images, BooleanProperty uncertainty) {
        super(vm, images, UncertaintyToggle.of(vm.key(), uncertainty),
                new Segmented("supply-stage", vm.stageOptions(), vm.stageProperty(), true));
    }
}
