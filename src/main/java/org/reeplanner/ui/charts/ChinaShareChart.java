package org.reeplanner.ui.charts;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The China-share chart with its settings: the uncertainty band, all oxide or heavy rare earths, and the target
 * line (shown or not, and the target in percent).
 */
public final class ChinaShareChart extends PlotPanel {
    private static final int TARGET_STEP = 5;

    /** @param uncertainty the window-wide toggle of the P10–P90 bands */
    public ChinaShareChart(ChinaShareChartViewModel vm, PlotImages images, BooleanProperty uncertainty) {
        super(vm, images, UncertaintyToggle.of(vm.key(), uncertainty),
                ElementGroup.choice(vm.key(), vm.groupProperty()), target(vm));
    }

    private static HBox target(ChinaShareChartViewModel vm) {
        CheckBox shown = new CheckBox(Messages.get("chart.target"));
        shown.setId("china-share-target-shown");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.selectedProperty().bindBidirectional(vm.targetShownProperty());
        Spinner<Integer> spinner = Forms.spinner("china-share-target", 0, 100, TARGET_STEP, vm.targetPercentProperty());
        spinner.disableProperty().bind(shown.selectedProperty().not());
        Forms.tooltip(spinner, Messages.get("chart.target.help"));
        HBox box = new HBox(shown, spinner, new Label("%"));
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("chart-settings");
        return box;
    }
}
