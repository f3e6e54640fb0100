package org.reeplanner.ui.charts;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;

/**
 * A compact legend for line charts that pair each line with a dashed baseline: one coloured sample per line plus
 * a single dashed sample for the baseline, instead of the chart's own legend with every line twice.
 */
public final class ChartLegend extends HBox {
    private static final double SAMPLE_LENGTH = 22;

    public ChartLegend(List<ChartLine> lines, String baselineText) {
        getStyleClass().add("chart-legend-row");
        for (ChartLine line : lines) {
            getChildren().add(entry(line.name(), ChartStyles.lineClass(line.key()), false));
        }
        getChildren().add(entry(baselineText, "legend-neutral", true));
    }

    private static Label entry(String text, String colourClass, boolean dashed) {
        Line sample = new Line(0, 0, SAMPLE_LENGTH, 0);
        sample.getStyleClass().addAll("legend-sample", colourClass);
        if (dashed) {
            sample.getStyleClass().add(ChartStyles.BASELINE);
        }
        Label label = new Label(text, sample);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
