package org.reeplanner.ui.charts.plot;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.XYChart;

/**
 * Makes a chart series follow a {@link ChartLine}: each data point's value is bound to the line's point, so a model
 * run changes values in place; the data list is rebuilt only when the line's years change. (Replacing data lists on
 * every change is slow and, in JavaFX 21.0.11, leaks memory.)
 */
final class SeriesBinding {
    private SeriesBinding() {
    }

    static XYChart.Series<Number, Number> series(ChartLine line) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        fill(series, line.points());
        line.points().addListener((ListChangeListener<ChartPoint>) c -> fill(series, line.points()));
        return series;
    }

    private static void fill(XYChart.Series<Number, Number> series, List<ChartPoint> points) {
        var data = points.stream().map(p -> {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.year(), p.value());
            d.YValueProperty().bind(p.valueProperty());
            return d;
        }).toList();
        series.getData().setAll(data);
    }
}
