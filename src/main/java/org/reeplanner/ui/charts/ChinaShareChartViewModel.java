package org.reeplanner.ui.charts;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartMarker;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * China's share of each supply-chain stage per year in percent, solid for the scenario and dashed for its
 * no-new-investment baseline, with a target line the user sets (60% unless changed). The heavy view
 * ({@link ElementGroup#HEAVY}) shows China's share of heavy rare-earth (Dy+Tb) separation instead.
 */
public final class ChinaShareChartViewModel extends ChartViewModel {
    public static final int DEFAULT_TARGET_PERCENT = 60;
    private static final double PERCENT = 100;
    private static final double TICK = 20;

    private final StringProperty group = new SimpleStringProperty(this, "group", ElementGroup.ALL.id());
    private final BooleanBinding heavy = ElementGroup.isHeavy(group);
    private final List<ChartLine> scenarioLines;
    private final List<ChartLine> baselineLines;
    private final ChartLine heavyLine;
    private final ChartLine heavyBaseline;
    private final ObjectProperty<Integer> targetPercent = new SimpleObjectProperty<>(this, "targetPercent",
            DEFAULT_TARGET_PERCENT);
    private final ChartMarker target;

    public ChinaShareChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("china-share", results, cursor, AxisRange.fixed(PERCENT, TICK));
        ChartDefinition all = ChartCatalog.chinaShare();
        scenarioLines = Arrays.stream(Stage.values()).map(s -> all.series(s.id())).map(d -> line(d.key(), d.label(),
                d.colour().themeName(), Formats::percent, heavy.not())).toList();
        SeriesDefinition h = ChartCatalog.chinaShareHeavy().series("heavy");
        heavyLine = line(h.key(), h.label(), h.colour().themeName(), Formats::percent, heavy);
        baselineLines = scenarioLines.stream().map(l -> ghost(l, Formats::percent)).toList();
        heavyBaseline = ghost(heavyLine, Formats::percent);
        addBaselineEntry();
        for (Stage s : Stage.values()) {
            ChartLine line = scenarioLines.get(s.ordinal());
            String id = Series.chinaShare(s).id();
            uncertaintyBand(line.key(), line.name(), line.colour(), () -> id, line::isVisible, Formats::percent,
                    () -> PERCENT);
        }
        uncertaintyBand(heavyLine.key(), heavyLine.name(), heavyLine.colour(),
                Series.SHARE_CHINA_HEAVY_SEPARATION::id, heavyLine::isVisible, Formats::percent, () -> PERCENT);
        group.subscribe(id -> {
            label(definition());
            refresh();
        });
        target = marker(ChartMarker.Kind.HORIZONTAL_LINE, "target-line");
        target.fromProperty().bind(targetPercent.map(Integer::doubleValue));
        target.labelProperty().bind(targetPercent.map(p -> ChartCatalog.target(p / PERCENT)));
        start();
    }

    /** The id of the element group shown: {@code all} (each stage) or {@code heavy} (Dy+Tb separation). */
    public StringProperty groupProperty() {
        return group;
    }

    /** The heavy view's line, China's share of heavy rare-earth separation, and its dashed baseline. */
    public List<ChartLine> heavyLines() {
        return List.of(heavyLine, heavyBaseline);
    }

    /** The three scenario lines in stage order. */
    public List<ChartLine> scenarioLines() {
        return scenarioLines;
    }

    /** The three dashed baseline lines in stage order. */
    public List<ChartLine> baselineLines() {
        return baselineLines;
    }

    /** The target share in whole percent, drawn as a horizontal line. */
    public ObjectProperty<Integer> targetPercentProperty() {
        return targetPercent;
    }

    /** Whether the target line is drawn. */
    public BooleanProperty targetShownProperty() {
        return target.visibleProperty();
    }

    public ChartMarker target() {
        return target;
    }

    /** The y axis shows shares, which never leave 0–100 %: a fixed range spares a layout pass per change. */
    public double yUpper() {
        return PERCENT;
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        heavyLine.set(years, r.scenario().values(Series.SHARE_CHINA_HEAVY_SEPARATION), PERCENT);
        heavyBaseline.set(years, r.baseline().values(Series.SHARE_CHINA_HEAVY_SEPARATION), PERCENT);
        for (Stage s : Stage.values()) {
            scenarioLines.get(s.ordinal()).set(years, r.scenario().values(Series.chinaShare(s)), PERCENT);
            baselineLines.get(s.ordinal()).set(years, r.baseline().values(Series.chinaShare(s)), PERCENT);
        }
    }

    @Override
    public ChartDefinition definition() {
        return heavy.get() ? ChartCatalog.chinaShareHeavy() : ChartCatalog.chinaShare();
    }
}
