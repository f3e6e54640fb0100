package org.reeplanner.ui.charts;

import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Series;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/** Allied processing cost per kilogram against China's, with the allied no-new-investment cost dashed. */
public final class ProcessingCostChartViewModel extends ChartViewModel {
    private final ChartLine allied;
    private final ChartLine alliedBaseline;
    private final ChartLine china;

    public ProcessingCostChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("processing-cost", results, cursor, AxisRange.fitting());
        setTitle(Messages.get("chart.cost.title"));
        setYLabel(Messages.get("chart.cost.yLabel"));
        allied = line("allied", Messages.get("chart.cost.allied"), "region-allied", Formats::usdPerKg);
        china = line("china", Messages.get("chart.cost.china"), "region-china", Formats::usdPerKg);
        alliedBaseline = ghost(allied, Formats::usdPerKg);
        addBaselineEntry();
        start();
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        allied.set(years, r.scenario().values(Series.COST_ALLIED), 1);
        alliedBaseline.set(years, r.baseline().values(Series.COST_ALLIED), 1);
        china.set(years, r.scenario().values(Series.COST_CHINA), 1);
    }
}
