package org.reeplanner.ui.analysis;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/** The uncertainty fan of one series, with its series picker ({@code fan-series}) and any study controls. */
public final class FanChart extends PlotPanel {

    /** @param study controls of the study behind the fan (progress, settings), shown after the picker */
    public FanChart(FanChartViewModel vm, PlotImages images, Node... study) {
        super(vm, images, settings(vm, study));
    }

    private static HBox settings(FanChartViewModel vm, Node... study) {
        ComboBox<ChoiceOption> picker = SeriesPicker.of("fan-series", vm.seriesOptions(), vm.seriesProperty());
        Forms.tooltip(picker, Messages.get("chart.fan.series.help"));
        Label caption = new Label(Messages.get("chart.fan.series"));
        caption.getStyleClass().add("form-label");
        caption.setLabelFor(picker);
        HBox box = new HBox(caption, picker);
        box.getChildren().addAll(study);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("chart-settings");
        return box;
    }
}
