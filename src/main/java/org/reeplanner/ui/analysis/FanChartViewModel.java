package org.reeplanner.ui.analysis;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.AxisFormat;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * The uncertainty fan of one chosen series: the scenario under the base assumptions, the median of the Monte Carlo
 * runs and the band 80% of the runs fall in (P10–P90), year by year.
 */
public final class FanChartViewModel extends ChartViewModel {
    private final StringProperty series = new SimpleStringProperty(this, "series",
            StudySeries.ALL.get(0).id());
    private final ChartLine median;
    private final ChartLine scenario;
    private Bands study;

    public FanChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("fan", results, cursor, AxisRange.zoomed());
        ChartDefinition d = definition();
        median = line(d.series("median"), v -> chosen().scale().text(v));
        scenario = line(d.series("scenario"), v -> chosen().scale().text(v));
        SeriesDefinition range = d.series("range");
        uncertaintyBand(range.key(), range.label(), range.colour().themeName(), () -> series.get(), () -> true,
                v -> chosen().scale().text(v), () -> chosen().scale().factor());
        series.subscribe(id -> {
            label(definition());
            refresh();
        });
        start();
    }

    /** The fan of the chosen series, its value axis in the window's units. */
    @Override
    public ChartDefinition definition() {
        StudySeries s = chosen();
        return ChartCatalog.fan(s.id(), s.name(), AxisSpec.zoomed(s.scale().axisLabel(), AxisFormat.of(s.unit())));
    }

    /** The series to choose from, KPI series first. */
    public List<ChoiceOption> seriesOptions() {
        return StudySeries.ALL.stream().map(s -> new ChoiceOption(s.id(), s.name())).toList();
    }

    /** The id of the series shown, e.g. {@code share.china.separation}. */
    public StringProperty seriesProperty() {
        return series;
    }

    @Override
    public String note() {
        return Messages.get("chart.fan.note");
    }

    @Override
    public void showUncertainty(Bands bandsOfStudy, boolean stale) {
        study = bandsOfStudy;
        super.showUncertainty(bandsOfStudy, stale);
    }

    /** What the chart says about the study behind it, e.g. "10,000 runs, seed 1". */
    public String studyText() {
        return study == null ? "" : String.format(Locale.ROOT, "%,d runs, seed %d", study.runs(), study.seed());
    }

    @Override
    public List<HoverRow> hover(int year) {
        List<HoverRow> rows = super.hover(year);
        return study == null ? rows.stream().filter(r -> !r.name().equals(median.name())).toList() : rows;
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        StudySeries s = chosen();
        double[] own = r.scenario().values(s.series());
        double factor = s.scale().factor();
        scenario.set(years, own, factor);
        Band band = study == null ? null : study.byId().get(s.id());
        boolean sameYears = band != null && study.years().length == years.length && study.years()[0] == years[0];
        median.set(years, sameYears ? band.p50() : own, factor);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : sameYears ? new double[][] {own, band.p10(), band.p90()} : new double[][] {own}) {
            for (double v : values) {
                min = Math.min(min, v * factor);
                max = Math.max(max, v * factor);
            }
        }
        yRange().zoomTo(min, max);
    }

    private StudySeries chosen() {
        return StudySeries.byId(series.get());
    }
}
