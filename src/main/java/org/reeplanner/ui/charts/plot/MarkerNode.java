package org.reeplanner.ui.charts.plot;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** Draws one {@link ChartMarker} on a plot: a labelled horizontal line, or a shaded, labelled band of years. */
final class MarkerNode {
    private static final double GAP = 4;
    /** The strip at the top of the plot where the year cursor puts its year tag; labels keep out of it. */
    private static final double CURSOR_TAG_ZONE = 24;

    private final ChartMarker marker;
    private final Line line = new Line();
    private final Rectangle band = new Rectangle();
    private final Label label = new Label();

    MarkerNode(ChartMarker marker, Runnable relayout) {
        this.marker = marker;
        for (Node n : List.of(line, band, label)) {
            n.getStyleClass().addAll("chart-marker", marker.styleClass());
            n.setMouseTransparent(true);
            n.visibleProperty().bind(marker.visibleProperty());
        }
        line.setManaged(false);
        band.setManaged(false);
        label.textProperty().bind(marker.labelProperty());
        marker.fromProperty().subscribe((before, now) -> relayout.run());
        marker.toProperty().subscribe((before, now) -> relayout.run());
        marker.visibleProperty().subscribe((before, now) -> relayout.run());
    }

    /** Bands go behind the series, lines and labels in front of them. */
    void addTo(List<Node> plotChildren) {
        if (marker.kind() == ChartMarker.Kind.YEAR_BAND) {
            plotChildren.add(0, band);
        } else {
            plotChildren.add(line);
        }
        plotChildren.add(label);
    }

    void layout(NumberAxis x, NumberAxis y, double top, double bottom) {
        label.autosize();
        if (marker.kind() == ChartMarker.Kind.YEAR_BAND) {
            double left = x.getDisplayPosition(marker.fromProperty().get());
            double right = Math.max(left + 2, x.getDisplayPosition(marker.toProperty().get()));
            band.setX(left);
            band.setY(top);
            band.setWidth(right - left);
            band.setHeight(bottom - top);
            // Below the cursor's year tag, where the plot is usually empty.
            label.relocate(left + GAP, top + CURSOR_TAG_ZONE);
        } else {
            double at = Math.round(y.getDisplayPosition(marker.fromProperty().get())) + 0.5;
            line.setStartX(0);
            line.setEndX(x.getWidth());
            line.setStartY(at);
            line.setEndY(at);
            // Right-aligned, cut short with an ellipsis on a narrow plot; above the line, unless that puts it where
            // the cursor's year tag sits: then below it.
            double w = Math.min(label.getWidth(), Math.max(0, x.getWidth() - 2 * GAP));
            label.resize(w, label.getHeight());
            double above = at - label.getHeight() - 1;
            label.relocate(x.getWidth() - w - GAP, above < top + CURSOR_TAG_ZONE ? at + 2 : above);
        }
    }
}
