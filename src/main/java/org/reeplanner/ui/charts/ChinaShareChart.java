package org.reeplanner.ui.charts;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.AxisFormats;

/**
 * The "China share per stage" chart: solid lines for the scenario and dashed lines of the same colours for the
 * no-new-investment baseline, with points bound to the view model and updated in place.
 */
public final class ChinaShareChart extends VBox {
    private static final double YEAR_TICK = 5;
    private static final int MINOR_TICKS_PER_YEAR = 5;
    private static final double PERCENT_TICK = 20;

    public ChinaShareChart(ChinaShareChartViewModel vm) {
        getStyleClass().add("chart-panel");
        LineChart<Number, Number> chart = new LineChart<>(yearAxis(vm), shareAxis(vm));
        chart.setId("chart-china-share");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.getData().addAll(vm.lines().stream().map(ChinaShareChart::series).toList());
        ChartStyles.tag(chart, vm.lines());
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label title = new Label("China's share of world output, by stage");
        title.getStyleClass().add("panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, new ChartLegend(vm.scenarioLines(), "No new investment"));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        getChildren().addAll(header, chart);
    }

    private static NumberAxis yearAxis(ChinaShareChartViewModel vm) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel("Year");
        axis.setAutoRanging(false);
        axis.lowerBoundProperty().bind(vm.firstYearProperty());
        axis.upperBoundProperty().bind(vm.lastYearProperty());
        axis.setTickUnit(YEAR_TICK);
        axis.setMinorTickCount(MINOR_TICKS_PER_YEAR);
        axis.setTickLabelFormatter(AxisFormats.year());
        return axis;
    }

    private static NumberAxis shareAxis(ChinaShareChartViewModel vm) {
        NumberAxis axis = new NumberAxis(vm.yLower(), vm.yUpper(), PERCENT_TICK);
        axis.setLabel("China share (%)");
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(AxisFormats.wholeNumber());
        return axis;
    }

    /** A series whose points follow the line's points; rebuilt only when the line gets different years. */
    private static XYChart.Series<Number, Number> series(ChartLine line) {
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
