package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.reeplanner.ui.common.Messages;

/**
 * Draws a {@link WaterfallPicture}: one column per step, totals from the axis and parts floating from the running
 * total before them to the one after, joined by thin connectors, with each value written on its column and the
 * step's name below. Columns have ids {@code waterfall-step-<index>}.
 */
final class WaterfallChart extends Region {
    private static final double TOP = 28;
    private static final double LABELS = 58;
    private static final double AXIS_WIDTH = 64;
    private static final double COLUMN_FILL = 0.62;
    private static final double TEXT_GAP = 3;
    private static final double MIN_HEIGHT = 260;

    private WaterfallPicture picture;
    private StudyAxis axis;
    private final List<Rectangle> columns = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Line> connectors = new ArrayList<>();
    private final Label axisLabel = StudyAxis.unmanaged(new Label(), "waterfall-axis-label");

    WaterfallChart() {
        setId("waterfall-chart");
        getStyleClass().add("waterfall-chart");
        setMinHeight(MIN_HEIGHT);
    }

    void show(WaterfallPicture shown) {
        picture = shown;
        getChildren().clear();
        for (List<?> list : List.of(columns, values, names, connectors)) {
            list.clear();
        }
        if (shown == null) {
            return;
        }
        axis = new StudyAxis(lowEnd(shown), shown.max(), "waterfall-grid", "waterfall-tick");
        getChildren().addAll(axis.nodes());
        for (int i = 0; i < shown.steps().size(); i++) {
            WaterfallStep step = shown.steps().get(i);
            Rectangle column = StudyAxis.unmanaged(new Rectangle(), "waterfall-column");
            column.getStyleClass().add("waterfall-" + step.kind().name().toLowerCase(Locale.ROOT));
            column.setId("waterfall-step-" + i);
            columns.add(column);
            values.add(StudyAxis.unmanaged(new Label(step.text()), "waterfall-value"));
            Label name = StudyAxis.unmanaged(new Label(step.label()), "waterfall-name");
            name.setWrapText(true);
            name.setAlignment(Pos.TOP_CENTER);
            name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            names.add(name);
            if (i > 0) {
                connectors.add(StudyAxis.unmanaged(new Line(), "waterfall-connector"));
            }
        }
        getChildren().addAll(connectors);
        getChildren().addAll(columns);
        getChildren().addAll(values);
        getChildren().addAll(names);
        axisLabel.setText(axis.lower() > 0 ? Messages.format("waterfall.axisAboveZero", shown.axisLabel())
                : shown.axisLabel());
        getChildren().add(axisLabel);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (picture == null) {
            return;
        }
        double left = snappedLeftInset() + AXIS_WIDTH;
        double right = getWidth() - snappedRightInset();
        double top = snappedTopInset() + TOP;
        double bottom = getHeight() - snappedBottomInset() - LABELS;
        double slot = (right - left) / picture.steps().size();
        for (int i = 0; i < axis.count(); i++) {
            double y = StudyAxis.snap(y(axis.tick(i), top, bottom));
            Line g = axis.line(i);
            g.setStartX(left);
            g.setEndX(right);
            g.setStartY(y);
            g.setEndY(y);
            Label t = axis.label(i);
            t.autosize();
            t.relocate(left - TEXT_GAP * 2 - t.getWidth(), y - t.getHeight() / 2);
        }
        for (int i = 0; i < picture.steps().size(); i++) {
            WaterfallStep step = picture.steps().get(i);
            double from = step.kind() == WaterfallStep.Kind.TOTAL ? axis.lower() : step.from();
            double y0 = y(Math.max(from, step.to()), top, bottom);
            double y1 = y(Math.min(from, step.to()), top, bottom);
            double x = left + slot * i + slot * (1 - COLUMN_FILL) / 2;
            double w = slot * COLUMN_FILL;
            Rectangle column = columns.get(i);
            column.setX(Math.round(x));
            column.setWidth(Math.round(w));
            column.setY(Math.round(y0));
            column.setHeight(Math.max(1, Math.round(y1 - y0)));
            Label value = values.get(i);
            value.autosize();
            boolean down = step.kind() != WaterfallStep.Kind.TOTAL && step.to() < step.from();
            double vy = down ? y1 + TEXT_GAP : y0 - value.getHeight() - TEXT_GAP;
            value.relocate(x + (w - value.getWidth()) / 2, vy);
            Label name = names.get(i);
            name.setMaxWidth(slot - 4);
            name.resize(slot - 4, name.prefHeight(slot - 4));
            name.relocate(left + slot * i + 2, bottom + 6);
            if (i > 0) {
                double level = StudyAxis.snap(y(picture.steps().get(i - 1).to(), top, bottom));
                Line c = connectors.get(i - 1);
                c.setStartX(left + slot * (i - 1) + slot * (1 + COLUMN_FILL) / 2);
                c.setEndX(x);
                c.setStartY(level);
                c.setEndY(level);
            }
        }
        axisLabel.autosize();
        axisLabel.relocate(snappedLeftInset(), snappedTopInset());
    }

    /** Totals start at the axis: when every value is positive and near one another, the axis need not reach 0. */
    private static double lowEnd(WaterfallPicture p) {
        double min = p.min();
        double span = p.max() - min;
        return min > 0 && span < min ? Math.max(0, min - span) : Math.min(0, min);
    }

    private double y(double value, double top, double bottom) {
        return bottom - (value - axis.lower()) / (axis.upper() - axis.lower()) * (bottom - top);
    }
}
