package org.reeplanner.ui.charts;

import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Series;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/** Allied processing cost per kilogram against China's, with the allied no-new-investment cost dashed. */
public final class ProcessingCostChartViewModel extends ChartViewModel {
    private final ChartLine allied;
    private final ChartLine alliedBaseline;
    private final ChartLine china;

    public ProcessingCostChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("processing-cost", results, cursor, AxisRange.fitting());
        label(definition());
        allied = line(definition().series("allied"), Formats::usdPerKg);
        china = line(definition().series("china"), Formats::usdPerKg);
        alliedBaseline = ghost(allied, Formats::usdPerKg);
        addBaselineEntry();
        start();
    }

    @Override
    public ChartDefinition definition() {
        return ChartCatalog.processingCost();
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        allied.set(years, r.scenario().values(Series.COST_ALLIED), 1);
        alliedBaseline.set(years, r.baseline().values(Series.COST_ALLIED), 1);
        china.set(years, r.scenario().values(Series.COST_CHINA), 1);
    }
}
