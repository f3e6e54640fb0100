package org.reeplanner.ui.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.reeplanner.ui.common.Messages;

/**
 * The compared scenarios' key series overlaid in one line chart, each in its own colour and dash pattern, with a
 * legend that shows the same line samples.
 */
public final class CompareChart extends VBox {
    private final LineChart<Number, Number> chart;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final FlowPane legend = new FlowPane(18, 4);

    /** @param header the row above the plot: the choice of series, which is also the chart's title */
    public CompareChart(CompareViewModel vm, Node header) {
        setId("compare-chart-pane");
        xAxis.setLabel(Messages.get("compare.axis.year"));
        xAxis.setAutoRanging(false);
        xAxis.setTickUnit(5);
        xAxis.setMinorTickCount(5);
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        // Zoomed to the data: scenarios often differ by a few points, which a 0–100 axis flattens.
        yAxis.setForceZeroInRange(false);
        chart = new LineChart<>(xAxis, yAxis);
        chart.setId("compare-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox.setMargin(header, new Insets(6, 12, 0, 12));
        chart.setPadding(new Insets(4, 24, 0, 4));
        legend.setId("compare-legend");
        legend.setAlignment(Pos.CENTER);
        legend.setPadding(new Insets(0, 0, 6, 0));
        getChildren().addAll(header, chart, legend);
        vm.overlaysProperty().subscribe(lines -> show(lines, vm.metricProperty().get()));
    }

    private void show(List<OverlayLine> lines, CompareMetric metric) {
        chart.setAccessibleText(metric.title());
        yAxis.setLabel(metric.axisLabel());
        if (sameShape(lines)) {
            updateInPlace(lines);
            return;
        }
        chart.getData().clear();
        legend.getChildren().clear();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (OverlayLine line : lines) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            int[] years = line.years();
            double[] values = line.values();
            for (int i = 0; i < years.length; i++) {
                series.getData().add(new XYChart.Data<>(years[i], values[i]));
            }
            first = Math.min(first, years[0]);
            last = Math.max(last, years[years.length - 1]);
            chart.getData().add(series);
            styleLine(series.getNode(), line.style());
            legend.getChildren().add(legendEntry(line));
        }
        if (!lines.isEmpty()) {
            xAxis.setLowerBound(first);
            xAxis.setUpperBound(last);
        }
    }

    /** Whether the chart already has these lines (names and years), so that only their values change. */
    private boolean sameShape(List<OverlayLine> lines) {
        if (lines.size() != chart.getData().size() || lines.size() != legend.getChildren().size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            XYChart.Series<Number, Number> series = chart.getData().get(i);
            int[] years = lines.get(i).years();
            if (!series.getName().equals(lines.get(i).name()) || series.getData().size() != years.length
                    || years.length == 0 || series.getData().get(0).getXValue().intValue() != years[0]) {
                return false;
            }
        }
        return true;
    }

    /** Sets the points' values where they are: a live entry changes with every slider step. */
    private void updateInPlace(List<OverlayLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            double[] values = lines.get(i).values();
            List<XYChart.Data<Number, Number>> points = chart.getData().get(i).getData();
            for (int p = 0; p < values.length; p++) {
                points.get(p).setYValue(values[p]);
            }
        }
    }

    private static void styleLine(Node seriesNode, int style) {
        seriesNode.getStyleClass().add("compare-line-" + style);
        Node path = seriesNode.lookup(".chart-series-line");
        (path == null ? seriesNode : path).setStyle(CompareLineStyle.of(style).css());
        seriesNode.setStyle(CompareLineStyle.of(style).css());
    }

    private static Node legendEntry(OverlayLine line) {
        Line sample = new Line(0, 0, 34, 0);
        sample.setStyle(CompareLineStyle.of(line.style()).css());
        Label name = new Label(line.name());
        name.setTooltip(new Tooltip(line.name()));
        HBox entry = new HBox(6, sample, name);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setId("compare-legend-" + line.style());
        entry.getStyleClass().add("compare-legend-entry");
        return entry;
    }
}
