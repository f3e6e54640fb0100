package org.reeplanner.ui.charts;

import javafx.beans.property.BooleanProperty;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;
import org.reeplanner.ui.common.Segmented;

/**
 * The supply chart with its uncertainty-band toggle, its element-group switch ({@code supply-group-all},
 * {@code supply-group-heavy}) and its stage selector ({@code supply-stage-mining}, …) as segmented choices; the
 * stage selector rests while the heavy view is on, which shows separation only.
 */
public final class SupplyChart extends PlotPanel {

    /** @param uncertainty the window-wide toggle of the P10–P90 bands */
    public SupplyChart(SupplyChartViewModel vm, PlotImages images, BooleanProperty uncertainty) {
        super(vm, images, UncertaintyToggle.of(vm.key(), uncertainty),
                ElementGroup.choice(vm.key(), vm.groupProperty()), stages(vm));
    }

    private static Segmented stages(SupplyChartViewModel vm) {
        Segmented stages = new Segmented("supply-stage", vm.stageOptions(), vm.stageProperty(), true);
        stages.disableProperty().bind(vm.heavyProperty());
        return stages;
    }
}
