package org.reeplanner.ui.charts.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * Reshapes the fills of stacked bands after the area chart's layout: each band is filled only between its own upper
 * edge and the upper edge of the band below, instead of down to the axis. The picture is the same, but software
 * rendering paints each pixel once instead of up to three times, which is most of the cost of a frame.
 */
final class BandFills {
    private final List<ChartLine> lines;
    private final List<XYChart.Series<Number, Number>> series;
    private final Path[] fills;

    BandFills(List<ChartLine> lines, List<XYChart.Series<Number, Number>> series) {
        this.lines = lines;
        this.series = series;
        this.fills = new Path[lines.size()];
    }

    void layout(NumberAxis x, NumberAxis y) {
        double zero = y.getDisplayPosition(0);
        for (int i = 0; i < lines.size(); i++) {
            ChartLine line = lines.get(i);
            if (line.kind() != ChartLine.Kind.STACKED || !line.isVisible() || fill(i) == null) {
                continue;
            }
            List<XYChart.Data<Number, Number>> upper = series.get(i).getData();
            List<XYChart.Data<Number, Number>> lower = below(i);
            int n = upper.size();
            List<PathElement> elements = new ArrayList<>(2 * n + 2);
            for (int k = 0; k < n; k++) {
                double px = x.getDisplayPosition(upper.get(k).getXValue());
                double py = y.getDisplayPosition(upper.get(k).getYValue());
                elements.add(k == 0 ? new MoveTo(px, py) : new LineTo(px, py));
            }
            for (int k = n - 1; k >= 0; k--) {
                double px = x.getDisplayPosition(upper.get(k).getXValue());
                double py = lower == null || lower.size() != n ? zero : y.getDisplayPosition(lower.get(k).getYValue());
                elements.add(new LineTo(px, py));
            }
            elements.add(new ClosePath());
            fills[i].getElements().setAll(elements);
        }
    }

    /** The data of the next shown band below line {@code i} (drawn after it), or null when it sits on the axis. */
    private List<XYChart.Data<Number, Number>> below(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            ChartLine l = lines.get(j);
            if (l.kind() == ChartLine.Kind.STACKED && l.isVisible()) {
                return series.get(j).getData();
            }
        }
        return null;
    }

    private Path fill(int i) {
        if (fills[i] == null && series.get(i).getNode() instanceof Group group) {
            for (Node child : group.getChildren()) {
                if (child instanceof Path path && path.getStyleClass().contains("chart-series-area-fill")) {
                    fills[i] = path;
                }
            }
        }
        return fills[i];
    }
}
