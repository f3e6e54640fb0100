package org.reeplanner.ui.charts.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * Draws one {@link UncertaintyBand} on a plot: the area between P10 and P90 filled lightly in its line's colour,
 * with thin edges; dimmed while the band is stale. Id: {@code <chart id>-band-<key>}.
 */
final class UncertaintyBandNode extends Group {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final UncertaintyBand band;
    private final Path fill = new Path();
    private final Path edges = new Path();

    UncertaintyBandNode(String chartId, UncertaintyBand band, Runnable relayout) {
        this.band = band;
        setId(chartId + "-band-" + band.key());
        getStyleClass().addAll("uncertainty-band", band.colourClass());
        fill.getStyleClass().add("uncertainty-band-fill");
        edges.getStyleClass().add("uncertainty-band-edge");
        getChildren().addAll(fill, edges);
        setManaged(false);
        setMouseTransparent(true);
        visibleProperty().bind(band.shownProperty());
        band.staleProperty().subscribe(stale -> pseudoClassStateChanged(STALE, stale));
        band.revisionProperty().subscribe((before, now) -> relayout.run());
        band.shownProperty().subscribe((before, now) -> relayout.run());
    }

    void layout(NumberAxis x, NumberAxis y) {
        int[] years = band.years();
        if (!band.isShown() || years.length == 0) {
            fill.getElements().clear();
            edges.getElements().clear();
            return;
        }
        int n = years.length;
        List<PathElement> area = new ArrayList<>(2 * n + 2);
        List<PathElement> lines = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            double px = x.getDisplayPosition(years[i]);
            double py = y.getDisplayPosition(band.high(i));
            area.add(i == 0 ? new MoveTo(px, py) : new LineTo(px, py));
            lines.add(i == 0 ? new MoveTo(px, py) : new LineTo(px, py));
        }
        for (int i = n - 1; i >= 0; i--) {
            double px = x.getDisplayPosition(years[i]);
            double py = y.getDisplayPosition(band.low(i));
            area.add(new LineTo(px, py));
            lines.add(i == n - 1 ? new MoveTo(px, py) : new LineTo(px, py));
        }
        area.add(new ClosePath());
        fill.getElements().setAll(area);
        edges.getElements().setAll(lines);
    }
}
