package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * Draws a {@link TornadoPicture}: one row per input, its name with range on the left, a horizontal bar from the
 * result at the input's low end to the result at its high end (split at the base result, one colour per end), the
 * base as a vertical line, and a value axis below. Bars have ids {@code tornado-bar-<rank>}, rank 0 the widest.
 */
final class TornadoChart extends Region {
    private static final double ROW = 30;
    private static final double BAR = 18;
    private static final double TOP = 24;
    private static final double AXIS = 44;
    private static final double GAP = 8;
    private static final double VALUE_ROOM = 64;
    private static final double MAX_LABEL_SHARE = 0.45;

    private TornadoPicture picture;
    private StudyAxis axis;
    private final List<Row> rows = new ArrayList<>();
    private final Line baseLine = StudyAxis.unmanaged(new Line(), "tornado-base");
    private final Label baseLabel = StudyAxis.unmanaged(new Label(), "tornado-base-label");
    private final Line axisLine = StudyAxis.unmanaged(new Line(), "tornado-axis");
    private final Label axisLabel = StudyAxis.unmanaged(new Label(), "tornado-axis-label");

    TornadoChart() {
        setId("tornado-chart");
        getStyleClass().add("tornado-chart");
    }

    void show(TornadoPicture shown) {
        picture = shown;
        rows.clear();
        getChildren().clear();
        if (shown == null || shown.rows().isEmpty()) {
            requestLayout();
            return;
        }
        axis = new StudyAxis(shown.min(), shown.max(), "tornado-grid", "tornado-tick");
        getChildren().addAll(axis.nodes());
        for (int i = 0; i < shown.rows().size(); i++) {
            Row row = new Row(i, shown.rows().get(i));
            rows.add(row);
            getChildren().addAll(row.nodes());
        }
        baseLabel.setText(Messages.format("tornado.base", shown.baseText()));
        axisLabel.setText(shown.axisLabel());
        getChildren().addAll(baseLine, baseLabel, axisLine, axisLabel);
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = picture == null ? 0 : picture.rows().size();
        return TOP + n * ROW + AXIS + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (picture == null || rows.isEmpty()) {
            return;
        }
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double labelWidth = 0;
        for (Row r : rows) {
            labelWidth = Math.max(labelWidth, r.name.prefWidth(-1));
        }
        labelWidth = Math.min(labelWidth, width * MAX_LABEL_SHARE);
        double x0 = left + labelWidth + GAP + VALUE_ROOM;
        double x1 = left + width - VALUE_ROOM;
        double top = snappedTopInset() + TOP;
        double bottom = top + rows.size() * ROW;
        Scale x = new Scale(axis.lower(), axis.upper(), x0, x1);
        for (int i = 0; i < axis.count(); i++) {
            double at = StudyAxis.snap(x.at(axis.tick(i)));
            Line l = axis.line(i);
            l.setStartX(at);
            l.setEndX(at);
            l.setStartY(top);
            l.setEndY(bottom + 4);
            Label t = axis.label(i);
            t.autosize();
            t.relocate(at - t.getWidth() / 2, bottom + 6);
        }
        for (Row r : rows) {
            r.layout(left, labelWidth, top + r.rank * ROW, x);
        }
        double base = StudyAxis.snap(x.at(picture.base()));
        baseLine.setStartX(base);
        baseLine.setEndX(base);
        baseLine.setStartY(top - 6);
        baseLine.setEndY(bottom);
        baseLabel.autosize();
        baseLabel.relocate(Math.min(base - baseLabel.getWidth() / 2, x1 + VALUE_ROOM - baseLabel.getWidth()),
                top - TOP);
        axisLine.setStartX(x0);
        axisLine.setEndX(x1);
        axisLine.setStartY(bottom + 0.5);
        axisLine.setEndY(bottom + 0.5);
        axisLabel.autosize();
        axisLabel.relocate((x0 + x1 - axisLabel.getWidth()) / 2, bottom + AXIS - axisLabel.getHeight());
    }

    /** From axis values to x positions. */
    private record Scale(double lower, double upper, double from, double to) {
        double at(double value) {
            return from + (value - lower) / (upper - lower) * (to - from);
        }
    }

    /** The nodes of one bar. */
    private final class Row {
        final int rank;
        final TornadoRow data;
        final Label name;
        final Rectangle low = new Rectangle();
        final Rectangle high = new Rectangle();
        final Label leftText = StudyAxis.unmanaged(new Label(), "tornado-value");
        final Label rightText = StudyAxis.unmanaged(new Label(), "tornado-value");

        Row(int rank, TornadoRow data) {
            this.rank = rank;
            this.data = data;
            name = StudyAxis.unmanaged(new Label(data.label()), "tornado-label");
            name.setId("tornado-label-" + rank);
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setAlignment(Pos.CENTER_RIGHT);
            Forms.tooltip(name, Messages.format("tornado.bar.help", data.label(), data.atLowText(),
                    data.atHighText()));
            low.getStyleClass().addAll("tornado-bar", "tornado-low");
            high.getStyleClass().addAll("tornado-bar", "tornado-high");
            low.setId("tornado-bar-" + rank + "-low");
            high.setId("tornado-bar-" + rank + "-high");
            low.setManaged(false);
            high.setManaged(false);
            double base = picture.base();
            boolean lowLeft = data.atLow() <= data.atHigh();
            String lo = lowLeft ? data.atLowText() : data.atHighText();
            String hi = lowLeft ? data.atHighText() : data.atLowText();
            double loValue = Math.min(data.atLow(), data.atHigh());
            double hiValue = Math.max(data.atLow(), data.atHigh());
            // When both ends lie on one side of the base, only the far end gets a text.
            leftText.setText(loValue < base ? lo : "");
            rightText.setText(hiValue > base ? hi : "");
        }

        List<Node> nodes() {
            // The wider segment first, so that when both ends fall on one side of the base the narrower shows on top.
            boolean lowWider = Math.abs(data.atLow() - picture.base()) >= Math.abs(data.atHigh() - picture.base());
            return lowWider ? List.of(name, low, high, leftText, rightText)
                    : List.of(name, high, low, leftText, rightText);
        }

        void layout(double left, double labelWidth, double y, Scale x) {
            double middle = y + ROW / 2;
            name.resize(labelWidth, ROW);
            name.relocate(left, y);
            double base = x.at(picture.base());
            segment(low, base, x.at(data.atLow()), middle);
            segment(high, base, x.at(data.atHigh()), middle);
            double leftEnd = Math.min(base, Math.min(x.at(data.atLow()), x.at(data.atHigh())));
            double rightEnd = Math.max(base, Math.max(x.at(data.atLow()), x.at(data.atHigh())));
            leftText.autosize();
            rightText.autosize();
            leftText.relocate(leftEnd - GAP / 2 - leftText.getWidth(), middle - leftText.getHeight() / 2);
            rightText.relocate(rightEnd + GAP / 2, middle - rightText.getHeight() / 2);
        }

        private void segment(Rectangle r, double from, double to, double middle) {
            r.setX(Math.min(from, to));
            r.setWidth(Math.max(1, Math.abs(to - from)));
            r.setY(middle - BAR / 2);
            r.setHeight(BAR);
        }
    }
}
