package org.reeplanner.ui.charts;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.XYChart;

/**
 * The CSS style classes charts give their lines, so colours follow the quantity ({@code series-mining}) and not
 * the series' position; baselines add {@code baseline} for the dash.
 */
public final class ChartStyles {
    public static final String BASELINE = "baseline";

    private ChartStyles() {
    }

    public static String lineClass(String key) {
        return "series-" + key;
    }

    /**
     * Tags each series node with its line's classes, and again whenever the chart's series change: the chart resets
     * every series node's style classes then.
     */
    static <X, Y> void tag(XYChart<X, Y> chart, List<ChartLine> lines) {
        Runnable apply = () -> {
            for (int i = 0; i < chart.getData().size() && i < lines.size(); i++) {
                var node = chart.getData().get(i).getNode();
                ChartLine line = lines.get(i);
                if (node != null && !node.getStyleClass().contains(lineClass(line.key()))) {
                    node.getStyleClass().add(lineClass(line.key()));
                    if (line.isBaseline()) {
                        node.getStyleClass().add(BASELINE);
                    }
                }
            }
        };
        apply.run();
        chart.getData().addListener((ListChangeListener<XYChart.Series<X, Y>>) c -> apply.run());
    }
}
