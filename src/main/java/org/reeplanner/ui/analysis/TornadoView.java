package org.reeplanner.ui.analysis;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The Tornado tab: the series picker and the year (the window's year cursor), what the colours mean, the bars widest
 * first, and a note on how they are made; dimmed while a new tornado is computed.
 */
public final class TornadoView extends StudyTabView {

    public TornadoView(TornadoViewModel vm) {
        super("tornado-view");
        Label title = title(vm.pictureProperty().map(TornadoPicture::title).orElse(Messages.get("tornado.title")));
        TornadoChart chart = new TornadoChart();
        vm.pictureProperty().subscribe(chart::show);
        dimWhileStale(chart, vm);
        ScrollPane scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("study-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label leftOut = new Label();
        leftOut.getStyleClass().add("chart-note");
        leftOut.textProperty().bind(vm.pictureProperty().map(p -> p.leftOut() == 0 ? ""
                : Messages.format("tornado.leftOut", p.leftOut())).orElse(""));
        getChildren().addAll(header(title, "tornado-series", vm),
                legend(key("tornado-low", vm.lowLegend()), key("tornado-high", vm.highLegend()),
                        baseKey(vm.baseLegend())),
                Forms.errorLabel("tornado-error", vm.errorProperty()), scroll, leftOut,
                note(Messages.get("tornado.note")));
    }

    private static Label baseKey(String text) {
        Line line = new Line(0, 0, 0, 12);
        line.getStyleClass().add("tornado-base");
        Label label = new Label(text, line);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
