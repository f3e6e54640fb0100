package org.reeplanner.ui.charts;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.charts.plot.ImageMenu;
import org.reeplanner.ui.charts.plot.PlotImages;

/**
 * "Where the ore goes" as a panel like the charts': the title with the year, the flow picture and a source line;
 * right-click copies the panel or saves it as a PNG.
 */
public final class OreFlowView extends VBox {

    public OreFlowView(OreFlowViewModel vm, PlotImages images) {
        setId(vm.chartId() + "-panel");
        getStyleClass().addAll("chart-panel", "ore-flow-panel");
        Label title = new Label();
        title.setId(vm.chartId() + "-title");
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("panel-title");
        OreFlowPicture picture = new OreFlowPicture(vm);
        picture.setId(vm.chartId());
        VBox.setVgrow(picture, Priority.ALWAYS);
        Label note = new Label(vm.note());
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(title, picture, note);
        ImageMenu.install(this, vm.chartId(), images, () -> { });
    }
}
