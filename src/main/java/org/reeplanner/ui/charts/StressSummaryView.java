package org.reeplanner.ui.charts;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The strip above the stress-test charts: what the event is, then its four figures side by side. */
final class StressSummaryView extends VBox {

    StressSummaryView(StressSummaryViewModel vm) {
        setId("stress-summary");
        getStyleClass().add("stress-summary");
        Label headline = new Label();
        headline.setId("stress-headline");
        headline.getStyleClass().add("stress-headline");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setWrapText(true);
        HBox figures = new HBox();
        figures.getStyleClass().add("stress-figures");
        for (StressFigure f : vm.figures()) {
            Label name = new Label(f.name());
            name.getStyleClass().add("kpi-title");
            Label value = new Label();
            value.setId(f.id() + "-value");
            value.getStyleClass().add("stress-value");
            value.textProperty().bind(f.valueProperty());
            Label comparison = new Label();
            comparison.getStyleClass().add("kpi-baseline");
            comparison.textProperty().bind(f.comparisonProperty());
            VBox box = new VBox(name, value, comparison);
            box.setId(f.id());
            box.getStyleClass().add("stress-figure");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            figures.getChildren().add(box);
        }
        getChildren().addAll(headline, figures);
    }
}
