package org.reeplanner.ui.charts.plot;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Segmented;

/**
 * A chart as the user sees it: title (with any settings of the chart on the right), clickable legend, the plot with
 * its hover box, and a source line; right-click offers "Copy image" and "Save as PNG…" of the whole panel.
 */
public class PlotPanel extends VBox {
    private static final double HOVER_OFFSET = 14;
    private static final double TITLE_MIN_WIDTH = 120;

    private final PlotChart chart;
    private final List<Node> settings;
    private final HoverBox hover = new HoverBox();

    public PlotPanel(ChartViewModel vm, PlotImages images, Node... settings) {
        setId(vm.chartId() + "-panel");
        getStyleClass().add("chart-panel");
        chart = new PlotChart(vm);
        this.settings = List.of(settings);
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // When the row is short the title wraps; check boxes and segmented choices keep their whole labels.
        title.setWrapText(true);
        title.setMinWidth(TITLE_MIN_WIDTH);
        HBox header = new HBox(title, spacer);
        for (Node setting : settings) {
            if (setting instanceof ButtonBase || setting instanceof Segmented) {
                ((Region) setting).setMinWidth(Region.USE_PREF_SIZE);
            }
            header.getChildren().add(setting);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        Pane hoverLayer = new Pane(hover);
        hoverLayer.setMouseTransparent(true);
        hoverLayer.setPickOnBounds(false);
        StackPane plot = new StackPane(chart, hoverLayer);
        VBox.setVgrow(plot, Priority.ALWAYS);
        Label note = new Label(vm.note());
        note.getStyleClass().add("chart-note");
        Label shading = new Label();
        shading.setId(vm.chartId() + "-uncertainty-note");
        shading.getStyleClass().add("chart-note");
        shading.textProperty().bind(vm.uncertaintyNoteProperty());
        shading.visibleProperty().bind(vm.uncertaintyNoteProperty().isNotEmpty());
        shading.managedProperty().bind(shading.visibleProperty());
        getChildren().addAll(header, new ChartLegend(vm), plot, shading, note);
        chart.setOnHover(year -> showHover(vm, year, plot));
        ImageMenu.install(this, vm.chartId(), images, hover::hide, this::withoutHover);
    }

    /** The chart inside, for tests and the latency harness. */
    public Node chart() {
        return chart;
    }

    private void showHover(ChartViewModel vm, int year, StackPane plot) {
        if (year < 0) {
            hover.hide();
            return;
        }
        hover.show(year, vm.hover(year));
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        Point2D top = plot.sceneToLocal(axis.localToScene(axis.getDisplayPosition(year), 0));
        double x = top.getX();
        double left = x + HOVER_OFFSET + hover.getWidth() <= plot.getWidth() ? x + HOVER_OFFSET
                : x - HOVER_OFFSET - hover.getWidth();
        hover.relocate(Math.max(0, left), HOVER_OFFSET);
    }

    /** Runs a picture action on the chart alone: without the hover box and without the chart's own controls. */
    private void withoutHover(Runnable action) {
        hover.hide();
        List<Node> shown = settings.stream().filter(Node::isVisible).toList();
        shown.forEach(n -> n.setVisible(false));
        try {
            action.run();
        } finally {
            shown.forEach(n -> n.setVisible(true));
        }
    }
}
