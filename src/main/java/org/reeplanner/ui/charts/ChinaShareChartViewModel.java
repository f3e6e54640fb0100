package org.reeplanner.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * China's share of each supply-chain stage per year, in percent, for the scenario and for its no-new-investment
 * baseline: six lines, baselines first so the scenario's own lines are drawn on top.
 */
public final class ChinaShareChartViewModel {
    private static final double PERCENT = 100;

    private final List<ChartLine> baselineLines = new ArrayList<>();
    private final List<ChartLine> scenarioLines = new ArrayList<>();
    private final List<ChartLine> lines;
    private final ReadOnlyIntegerWrapper firstYear = new ReadOnlyIntegerWrapper(this, "firstYear");
    private final ReadOnlyIntegerWrapper lastYear = new ReadOnlyIntegerWrapper(this, "lastYear");

    public ChinaShareChartViewModel(ObservableValue<RunResult> results) {
        for (Stage stage : Stage.values()) {
            baselineLines.add(new ChartLine(stage.id(), shortName(stage) + " (no new investment)", true));
            scenarioLines.add(new ChartLine(stage.id(), shortName(stage), false));
        }
        List<ChartLine> all = new ArrayList<>(baselineLines);
        all.addAll(scenarioLines);
        lines = List.copyOf(all);
        results.subscribe(this::refresh);
    }

    /** Baselines (dashed) first, then the scenario's lines, each group in stage order. */
    public List<ChartLine> lines() {
        return lines;
    }

    /** The three scenario lines in stage order, for a legend. */
    public List<ChartLine> scenarioLines() {
        return List.copyOf(scenarioLines);
    }

    public ReadOnlyIntegerProperty firstYearProperty() {
        return firstYear.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty lastYearProperty() {
        return lastYear.getReadOnlyProperty();
    }

    /** The y axis shows shares, which never leave 0–100 %: a fixed range spares a layout pass per change. */
    public double yLower() {
        return 0;
    }

    public double yUpper() {
        return PERCENT;
    }

    private void refresh(RunResult r) {
        if (r == null) {
            return;
        }
        fill(baselineLines, r.baseline());
        fill(scenarioLines, r.scenario());
        firstYear.set(r.scenario().firstYear());
        lastYear.set(r.scenario().lastYear());
    }

    private static void fill(List<ChartLine> target, Projection p) {
        int[] years = p.years();
        for (Stage stage : Stage.values()) {
            target.get(stage.ordinal()).update(years, p.values(Series.chinaShare(stage)), PERCENT);
        }
    }

    private static String shortName(Stage stage) {
        return switch (stage) {
            case MINING -> "Mining";
            case SEPARATION -> "Separation";
            case MAGNETS -> "Magnets";
        };
    }
}
