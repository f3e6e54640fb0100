package org.reeplanner.ui.analysis;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.charts.SeriesPicker;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The Tornado tab: the series picker and the year (the window's year cursor), what the colours mean, the bars widest
 * first, and a note on how they are made; dimmed while a new tornado is computed.
 */
public final class TornadoView extends VBox {

    public TornadoView(TornadoViewModel vm) {
        setId("tornado-view");
        getStyleClass().addAll("chart-panel", "study-panel");
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(vm.pictureProperty().map(TornadoPicture::title)
                .orElse(Messages.get("tornado.title")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<?> picker = SeriesPicker.of("tornado-series", vm.seriesOptions(), vm.seriesProperty());
        Label caption = new Label(Messages.get("study.series"));
        caption.getStyleClass().add("form-label");
        caption.setLabelFor(picker);
        HBox header = new HBox(title, spacer, caption, picker);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        HBox legend = new HBox(swatch("tornado-low", vm.lowLegend()), swatch("tornado-high", vm.highLegend()),
                baseKey(vm.baseLegend()));
        legend.getStyleClass().add("chart-legend-row");
        TornadoChart chart = new TornadoChart();
        vm.pictureProperty().subscribe(chart::show);
        chart.opacityProperty().bind(vm.staleProperty().map(stale -> stale ? 0.5 : 1.0));
        ScrollPane scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("study-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label note = new Label(Messages.get("tornado.note"));
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        Label leftOut = new Label();
        leftOut.getStyleClass().add("chart-note");
        leftOut.textProperty().bind(vm.pictureProperty().map(p -> p.leftOut() == 0 ? ""
                : Messages.format("tornado.leftOut", p.leftOut())).orElse(""));
        getChildren().addAll(header, legend, Forms.errorLabel("tornado-error", vm.errorProperty()), scroll, leftOut,
                note);
    }

    private static Label swatch(String styleClass, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("legend-swatch", styleClass);
        Label label = new Label(text, box);
        label.getStyleClass().add("legend-entry");
        return label;
    }

    private static Label baseKey(String text) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 0, 12);
        line.getStyleClass().add("tornado-base");
        Label label = new Label(text, line);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
