package org.reeplanner.ui.charts.plot;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * A chart's legend: one entry per quantity plus one dashed entry for the no-new-investment ghosts. Clicking an entry
 * (or Space/Enter on it) hides or shows its lines; hidden entries are greyed out. Ids: {@code <chart-id>-legend-<key>}.
 */
final class ChartLegend extends FlowPane {
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private static final double SAMPLE_LENGTH = 20;

    ChartLegend(ChartViewModel vm) {
        getStyleClass().add("chart-legend-row");
        for (LegendEntry entry : vm.legend()) {
            getChildren().add(entry(vm.chartId(), entry));
        }
    }

    private static Label entry(String chartId, LegendEntry entry) {
        Label label = new Label(entry.name(), sample(entry));
        label.setId(chartId + "-legend-" + entry.key());
        label.getStyleClass().add("legend-entry");
        label.setFocusTraversable(true);
        label.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        Forms.tooltip(label, Messages.format("chart.legend.toggle", entry.name().toLowerCase()));
        entry.shownProperty().subscribe(on -> label.pseudoClassStateChanged(OFF, !on));
        label.visibleProperty().bind(entry.availableProperty());
        label.managedProperty().bind(entry.availableProperty());
        label.setOnMouseClicked(e -> entry.toggle());
        label.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                entry.toggle();
                e.consume();
            }
        });
        return label;
    }

    private static javafx.scene.Node sample(LegendEntry entry) {
        if (entry.isDashed()) {
            Line line = new Line(0, 0, SAMPLE_LENGTH, 0);
            line.getStyleClass().addAll("legend-line", "ghost", entry.colourClass());
            return line;
        }
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", entry.colourClass());
        return swatch;
    }
}
