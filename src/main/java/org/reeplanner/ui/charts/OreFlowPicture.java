package org.reeplanner.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.reeplanner.ui.charts.OreFlowLabel.Detail;
import org.reeplanner.ui.common.Messages;

/**
 * The flow picture itself: allied mine output as a bar on the left, one band per route to a bar on the right, band
 * widths proportional to tonnes, each route labelled with its tonnes, share and no-new-investment figure. Shapes are
 * updated in place on layout; colours come from the theme through the routes' series classes.
 */
final class OreFlowPicture extends Region {
    private static final double BAR = 12;
    private static final double GAP = 10;
    private static final double LABEL_GAP = 8;
    /** The vertical gap between routes on the right, as a share of the height. */
    private static final double SPREAD = 0.05;
    private static final double MAX_LABEL_SHARE = 0.45;
    private static final double MAX_SOURCE_SHARE = 0.3;

    private final OreFlowViewModel vm;
    private final Rectangle source = new Rectangle();
    private final OreFlowLabel sourceLabel;
    private final List<Flow> flows = new ArrayList<>();

    OreFlowPicture(OreFlowViewModel vm) {
        this.vm = vm;
        getStyleClass().add("ore-flow-picture");
        source.getStyleClass().addAll("ore-flow-source", "series-region-allied");
        sourceLabel = new OreFlowLabel("ore-flow-source", new Label(Messages.get("oreFlow.source")),
                text(vm.totalTextProperty()), text(vm.totalBaselineProperty()), text(vm.totalCompactProperty()),
                text(vm.totalCompactProperty()));
        getChildren().addAll(source, sourceLabel);
        for (OreFlowBand band : vm.bands()) {
            Flow f = new Flow(band);
            flows.add(f);
            getChildren().addAll(f.path, f.bar, f.label);
            band.tonnesProperty().subscribe((before, now) -> requestLayout());
        }
        vm.totalProperty().subscribe((before, now) -> requestLayout());
        setPadding(new Insets(GAP));
    }

    private static Label text(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        return label;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double w = getWidth() - left - in.getRight();
        double h = getHeight() - top - in.getBottom();
        double total = vm.totalProperty().get();
        boolean drawn = w > 0 && h > 0 && total > 0;
        for (var n : getChildren()) {
            n.setVisible(drawn);
        }
        if (!drawn) {
            return;
        }
        fitLabels(h);
        double sourceW = Math.min(sourceLabel.prefWidth(-1), w * MAX_SOURCE_SHARE);
        double labelW = 0;
        for (Flow f : flows) {
            labelW = Math.max(labelW, f.label.prefWidth(-1));
        }
        labelW = Math.min(labelW, w * MAX_LABEL_SHARE);
        double x0 = left + sourceW + LABEL_GAP;
        double x1 = left + w - labelW - LABEL_GAP - BAR;
        double gap = h * SPREAD;
        double height = h - gap * (flows.size() - 1);
        double scale = height / total;

        double sourceTop = top + gap * (flows.size() - 1) / 2;
        source.setX(x0);
        source.setY(sourceTop);
        source.setWidth(BAR);
        source.setHeight(height);
        double sh = sourceLabel.prefHeight(sourceW);
        sourceLabel.resizeRelocate(left, sourceTop + (height - sh) / 2, sourceW, sh);

        double from = sourceTop;
        double to = top;
        double[] centres = new double[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            Flow f = flows.get(i);
            double t = Math.max(0, f.band.tonnes()) * scale;
            f.shape(x0 + BAR, from, x1, to, t);
            centres[i] = to + t / 2;
            from += t;
            to += t + gap;
        }
        placeLabels(centres, x1 + BAR + LABEL_GAP, labelW, top, top + h);
    }

    /**
     * Gives the labels as much detail as fits: the four route labels stacked, and the source label on its own (a
     * short picture, as at 1366×768, puts figure and comparison on one line; presentation type there, name and share).
     */
    private void fitLabels(double height) {
        Detail routes = Detail.TIGHT;
        for (Detail d : List.of(Detail.FULL, Detail.COMPACT)) {
            double sum = 0;
            for (Flow f : flows) {
                sum += f.label.height(d) + 2;
            }
            if (sum <= height) {
                routes = d;
                break;
            }
        }
        for (Flow f : flows) {
            f.label.show(routes);
        }
        sourceLabel.show(sourceLabel.height(Detail.FULL) <= height ? Detail.FULL : Detail.COMPACT);
    }

    /** Puts each route's label beside its band, pushed apart where thin bands would make them overlap. */
    private void placeLabels(double[] centres, double x, double width, double top, double bottom) {
        double[] y = new double[flows.size()];
        double[] hs = new double[flows.size()];
        double floor = top;
        for (int i = 0; i < y.length; i++) {
            hs[i] = flows.get(i).label.prefHeight(width);
            y[i] = Math.max(floor, centres[i] - hs[i] / 2);
            floor = y[i] + hs[i] + 2;
        }
        double ceiling = bottom;
        for (int i = y.length - 1; i >= 0; i--) {
            y[i] = Math.max(top, Math.min(y[i], ceiling - hs[i]));
            ceiling = y[i] - 2;
        }
        for (int i = 0; i < y.length; i++) {
            flows.get(i).label.resizeRelocate(x, y[i], width, hs[i]);
        }
    }

    /** One route: the band from the source, the bar it arrives at and its label. */
    private static final class Flow {
        private final OreFlowBand band;
        private final Path path = new Path();
        private final Rectangle bar = new Rectangle();
        private final OreFlowLabel label;
        private final MoveTo start = new MoveTo();
        private final CubicCurveTo upper = new CubicCurveTo();
        private final LineTo down = new LineTo();
        private final CubicCurveTo lower = new CubicCurveTo();

        Flow(OreFlowBand band) {
            this.band = band;
            String id = "ore-flow-" + band.route().key();
            path.setId(id + "-band");
            path.getElements().addAll(start, upper, down, lower, new ClosePath());
            path.getStyleClass().addAll("ore-flow-band", band.route().colourClass());
            path.setManaged(false);
            bar.setId(id + "-bar");
            bar.getStyleClass().addAll("ore-flow-bar", band.route().colourClass());
            bar.setManaged(false);
            label = new OreFlowLabel(id, new Label(band.name()), text(band.valueProperty()),
                    text(band.baselineProperty()), text(band.compactProperty()), text(band.tightProperty()));
        }

        /** A band {@code t} high leaving the source at {@code y0} and arriving at the bar at {@code y1}. */
        void shape(double x0, double y0, double x1, double y1, double t) {
            double mid = (x0 + x1) / 2;
            start.setX(x0);
            start.setY(y0);
            upper.setControlX1(mid);
            upper.setControlY1(y0);
            upper.setControlX2(mid);
            upper.setControlY2(y1);
            upper.setX(x1);
            upper.setY(y1);
            down.setX(x1);
            down.setY(y1 + t);
            lower.setControlX1(mid);
            lower.setControlY1(y1 + t);
            lower.setControlX2(mid);
            lower.setControlY2(y0 + t);
            lower.setX(x0);
            lower.setY(y0 + t);
            bar.setX(x1);
            bar.setY(y1);
            bar.setWidth(BAR);
            bar.setHeight(Math.max(t, 1));
        }
    }
}
