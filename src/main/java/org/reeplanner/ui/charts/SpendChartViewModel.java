package org.reeplanner.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.ColourRole;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Series;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.charts.plot.StackedValues;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * Programme spend per year stacked by focus area, with the cumulative spend as a line on the same USD bn axis. The
 * no-investment baseline spends nothing, so this chart has no ghost.
 */
public final class SpendChartViewModel extends ChartViewModel {
    private final FocusAreaCatalog catalog;
    private final List<ChartLine> bands;
    private final ChartLine cumulative;

    public SpendChartViewModel(ObservableValue<RunResult> results, YearCursor cursor, FocusAreaCatalog catalog) {
        super("spend", results, cursor, AxisRange.fitting());
        this.catalog = catalog;
        label(definition());
        List<ChartLine> areas = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            FocusArea a = catalog.get(i);
            areas.add(band(a.id(), a.name(), ColourRole.area(i).themeName(),
                    v -> Messages.format("chart.spend.perYear", Formats.usdBn(v))));
        }
        bands = stack(areas);
        cumulative = line(definition().series("cumulative"), Formats::usdBn);
        start();
    }

    @Override
    public ChartDefinition definition() {
        return ChartCatalog.spend();
    }

    @Override
    public String note() {
        return Messages.get("chart.spend.note");
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        double[][] spend = new double[catalog.size()][];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = r.scenario().spend(i);
        }
        StackedValues.fill(bands, years, 1, spend);
        cumulative.set(years, r.scenario().values(Series.SPEND_CUMULATIVE), 1);
    }
}
