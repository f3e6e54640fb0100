package org.reeplanner.ui.charts.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import org.reeplanner.ui.common.Messages;

/**
 * The chart every plot uses: an area chart whose series follow the view model's lines in place (stacked bands are
 * filled, lines and dashed ghosts are not), with fixed axes, no animation and no symbols, plus the window's year
 * cursor and the view model's markers drawn over the plot. Clicking or dragging on the plot, or Left/Right while it
 * has focus, moves the cursor.
 */
final class PlotChart extends AreaChart<Number, Number> {
    private static final double YEAR_TICK = 5;
    private static final double LABEL_GAP = 4;

    private final ChartViewModel vm;
    private final Line cursorLine = new Line();
    private final Label cursorLabel = new Label();
    private final List<MarkerNode> markerNodes = new ArrayList<>();
    private final BandFills bands;
    private final List<UncertaintyBandNode> bandNodes = new ArrayList<>();
    private IntConsumer onHover = year -> { };

    PlotChart(ChartViewModel vm) {
        super(timeAxis(vm), valueAxis(vm));
        this.vm = vm;
        setId(vm.chartId());
        getStyleClass().add("plot-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        setLegend(null);
        setVerticalGridLinesVisible(false);
        setAlternativeRowFillVisible(false);
        setAlternativeColumnFillVisible(false);
        setFocusTraversable(true);
        accessibleTextProperty().bind(vm.titleProperty().map(t -> Messages.format("chart.accessible", t)));
        setAccessibleHelp(Messages.get("chart.accessibleHelp"));
        for (ChartLine line : vm.lines()) {
            XYChart.Series<Number, Number> series = SeriesBinding.series(line);
            getData().add(series);
            tag(series.getNode(), line);
        }
        bands = new BandFills(vm.lines(), getData());
        addUncertaintyBands();
        for (ChartMarker marker : vm.markers()) {
            MarkerNode node = new MarkerNode(marker, this::requestChartLayout);
            markerNodes.add(node);
            node.addTo(getPlotChildren());
        }
        cursorLine.getStyleClass().add("year-cursor");
        cursorLabel.getStyleClass().add("year-cursor-label");
        cursorLine.setMouseTransparent(true);
        cursorLabel.setMouseTransparent(true);
        getPlotChildren().addAll(cursorLine, cursorLabel);
        // The plot is laid out by the chart's content pane: requestLayout() on the chart would not reach it.
        vm.cursor().yearProperty().subscribe((before, year) -> requestChartLayout());
        interact();
    }

    /**
     * Builds no legend: the panel shows its own ({@code ChartLegend}), yet JavaFX would still make a hidden label
     * and symbol for every series (19 nodes for the Supply chart at start-up).
     */
    @Override
    protected void updateLegend() {
        // the hidden built-in legend stays empty
    }

    /** Called with the year under the mouse on the plot, or -1 when the mouse leaves it. */
    void setOnHover(IntConsumer onHover) {
        this.onHover = onHover;
    }

    /** The year under a point in scene coordinates, or -1 when the point is outside the plot. */
    int yearAt(double sceneX, double sceneY) {
        Node plot = lookup(".chart-plot-background");
        if (plot == null || !plot.contains(plot.sceneToLocal(sceneX, sceneY))) {
            return -1;
        }
        Point2D p = getXAxis().sceneToLocal(sceneX, sceneY);
        double year = ((NumberAxis) getXAxis()).getValueForDisplay(p.getX()).doubleValue();
        return (int) Math.round(Math.max(vm.firstYearProperty().get(), Math.min(vm.lastYearProperty().get(), year)));
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double top = y.getDisplayPosition(y.getUpperBound());
        double bottom = y.getDisplayPosition(y.getLowerBound());
        bands.layout(x, y);
        for (UncertaintyBandNode b : bandNodes) {
            b.layout(x, y);
        }
        for (MarkerNode m : markerNodes) {
            m.layout(x, y, top, bottom);
        }
        int year = vm.cursor().year();
        double cx = Math.round(x.getDisplayPosition(year)) + 0.5;
        cursorLine.setStartX(cx);
        cursorLine.setEndX(cx);
        cursorLine.setStartY(top);
        cursorLine.setEndY(bottom);
        cursorLabel.setText(String.valueOf(year));
        cursorLabel.autosize();
        double labelX = cx + LABEL_GAP;
        if (labelX + cursorLabel.getWidth() > x.getWidth()) {
            labelX = cx - LABEL_GAP - cursorLabel.getWidth();
        }
        cursorLabel.relocate(labelX, top + LABEL_GAP);
    }

    /**
     * Uncertainty bands go over the stacked fills (which would hide them) but behind every line, so a line always
     * shows its value on top of its range.
     */
    private void addUncertaintyBands() {
        int at = 0;
        List<ChartLine> lines = vm.lines();
        while (at < lines.size() && lines.get(at).kind() == ChartLine.Kind.STACKED) {
            at++;
        }
        int index = at < lines.size() ? getPlotChildren().indexOf(getData().get(at).getNode())
                : getPlotChildren().size();
        for (UncertaintyBand band : vm.uncertaintyBands()) {
            UncertaintyBandNode node = new UncertaintyBandNode(vm.chartId(), band, this::requestChartLayout);
            bandNodes.add(node);
            getPlotChildren().add(index++, node);
        }
    }

    private void interact() {
        setOnMouseMoved(e -> onHover.accept(yearAt(e.getSceneX(), e.getSceneY())));
        setOnMouseExited(e -> onHover.accept(-1));
        setOnMousePressed(this::moveCursor);
        setOnMouseDragged(this::moveCursor);
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            int year = vm.cursor().year();
            if (k == KeyCode.LEFT || k == KeyCode.RIGHT) {
                vm.cursor().moveTo(year + (k == KeyCode.LEFT ? -1 : 1));
                e.consume();
            } else if (k == KeyCode.HOME || k == KeyCode.END) {
                vm.cursor().moveTo(k == KeyCode.HOME ? vm.firstYearProperty().get() : vm.lastYearProperty().get());
                e.consume();
            }
        });
    }

    private void moveCursor(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int year = yearAt(e.getSceneX(), e.getSceneY());
        if (year >= 0) {
            vm.cursor().moveTo(year);
            setCursor(Cursor.H_RESIZE);
            requestFocus();
            onHover.accept(year);
            e.consume(); // keeps the tab pane from taking the focus, so Left/Right move the cursor next
        }
    }

    private static void tag(Node node, ChartLine line) {
        node.getStyleClass().addAll("plot-series", line.kind().name().toLowerCase(Locale.ROOT),
                line.colourClass());
        node.visibleProperty().bind(line.visibleProperty());
    }

    private static NumberAxis timeAxis(ChartViewModel vm) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(Messages.get("chart.axis.year"));
        axis.setAutoRanging(false);
        axis.lowerBoundProperty().bind(vm.firstYearProperty());
        axis.upperBoundProperty().bind(vm.lastYearProperty());
        axis.setTickUnit(YEAR_TICK);
        axis.setMinorTickCount((int) YEAR_TICK);
        axis.setTickLabelFormatter(AxisFormats.year());
        return axis;
    }

    private static NumberAxis valueAxis(ChartViewModel vm) {
        NumberAxis axis = new NumberAxis();
        axis.labelProperty().bind(vm.yLabelProperty());
        axis.setAutoRanging(false);
        axis.lowerBoundProperty().bind(vm.yRange().lowerProperty());
        axis.upperBoundProperty().bind(vm.yRange().upperProperty());
        axis.tickUnitProperty().bind(vm.yRange().tickProperty());
        axis.setMinorTickVisible(false);
        axis.tickLabelFormatterProperty().bind(vm.yRange().tickProperty().map(AxisFormats::forTick));
        return axis;
    }
}
