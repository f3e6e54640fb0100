package org.reeplanner.ui.charts;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.WhileShown;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * Where the allied ore of the window's target year goes: allied mine output split into allied refining, tolling in
 * the rest of the world, sales to China and the ore stockpile, each with its no-new-investment figure. It follows the
 * results and the year cursor; while its tab is hidden it skips the work and catches up when shown.
 */
public final class OreFlowViewModel {
    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final List<OreFlowBand> bands = Arrays.stream(OreRoute.values()).map(OreFlowBand::new).toList();
    private final ReadOnlyIntegerWrapper year = new ReadOnlyIntegerWrapper(this, "year");
    private final ReadOnlyDoubleWrapper total = new ReadOnlyDoubleWrapper(this, "total");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyStringWrapper totalBaseline = new ReadOnlyStringWrapper(this, "totalBaseline", "");
    private final ReadOnlyStringWrapper totalCompact = new ReadOnlyStringWrapper(this, "totalCompact", "");
    private final WhileShown shown = new WhileShown(this::redraw);

    public OreFlowViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        this.results = results;
        this.cursor = cursor;
        results.subscribe(r -> shown.request());
        cursor.yearProperty().subscribe(y -> shown.request());
    }

    /** The stable id of the picture's panel. */
    public String chartId() {
        return "chart-ore-flow";
    }

    /** The four routes in drawing order, top to bottom; the same objects for the view's lifetime. */
    public List<OreFlowBand> bands() {
        return bands;
    }

    public OreFlowBand band(OreRoute route) {
        return bands.get(route.ordinal());
    }

    /** The year shown: the cursor's, within the scenario's horizon. */
    public ReadOnlyIntegerProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    /** Allied mine output in the year, t REO: the four routes add up to it. */
    public ReadOnlyDoubleProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Where allied ore goes in 2030". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "52.3 kt REO". */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** "vs 40.1 kt": allied mine output with no new investment. */
    public ReadOnlyStringProperty totalBaselineProperty() {
        return totalBaseline.getReadOnlyProperty();
    }

    /** "134.9 kt (vs 102.9 kt)": output and comparison on one line, for a short picture. */
    public ReadOnlyStringProperty totalCompactProperty() {
        return totalCompact.getReadOnlyProperty();
    }

    /** The catalogue's entry for this picture: its routes' names and colours, and the ore chart the exports draw. */
    public ChartDefinition definition() {
        return ChartCatalog.oreFlow(cursor.firstProperty().get(), cursor.lastProperty().get());
    }

    public String note() {
        return Messages.get("oreFlow.note");
    }

    /** Whether the picture is on screen; a hidden one is refreshed when it is shown again. */
    public void setActive(boolean on) {
        shown.setActive(on);
    }

    private void redraw() {
        RunResult r = results.getValue();
        if (r == null) {
            return;
        }
        Projection run = r.scenario();
        Projection base = r.baseline();
        int y = Math.max(run.firstYear(), Math.min(run.lastYear(), cursor.year()));
        double mined = run.value(Series.MINING_ALLIED, y);
        double minedBase = base.value(Series.MINING_ALLIED, y);
        for (OreFlowBand b : bands) {
            b.set(run.value(b.route().series(), y), mined, base.value(b.route().series(), y), minedBase);
        }
        total.set(mined);
        totalText.set(ChartFormats.tonnesReo(mined));
        totalBaseline.set(Messages.format("oreFlow.totalBaseline", Formats.tonnes(minedBase)));
        totalCompact.set(Messages.format("oreFlow.totalCompact", Formats.tonnes(mined), Formats.tonnes(minedBase)));
        year.set(y);
        title.set(ChartCatalog.oreFlowTitle(y));
    }
}
