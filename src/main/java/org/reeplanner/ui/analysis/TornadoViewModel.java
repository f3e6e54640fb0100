package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.io.report.AxisFormat;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.io.report.StudyCharts;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Tornado;
import org.reeplanner.model.analysis.TornadoBar;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The tornado of one series in the cursor's year: every parameter from its low to its high value and every funded
 * lever ±50%, one at a time, widest swing first. It is computed in the background while the Tornado tab is shown,
 * and again after every change of the scenario, the series or the year.
 */
public final class TornadoViewModel extends StudyTabViewModel<TornadoPicture> {
    /** Bars shown; the rest are narrower than the last one shown. */
    public static final int MAX_BARS = StudyCharts.MAX_BARS;
    private static final double NO_EFFECT = 1e-12;

    public TornadoViewModel(ScenarioSession session, YearCursor cursor, StudyRunner runner) {
        super(session, cursor, runner, reason -> Messages.format("tornado.failed", reason));
    }

    /** What the colours mean, for the legend. */
    public String lowLegend() {
        return SeriesDefinition.in(ChartCatalog.tornadoKeys(), "low").label();
    }

    public String highLegend() {
        return SeriesDefinition.in(ChartCatalog.tornadoKeys(), "high").label();
    }

    /** What the base line means. */
    public String baseLegend() {
        return SeriesDefinition.in(ChartCatalog.tornadoKeys(), "base").label();
    }

    @Override
    protected TornadoPicture study(ImpactModel model, Scenario scenario, StudySeries series, int year) {
        return picture(series, year, new Tornado(model).of(scenario, series.id(), year));
    }

    /** Turns the model's bars into what the chart draws: axis units, texts, the widest {@link #MAX_BARS}. */
    static TornadoPicture picture(StudySeries s, int year, List<TornadoBar> bars) {
        UnitScale scale = s.scale();
        double f = scale.factor();
        double base = bars.isEmpty() ? Double.NaN : bars.get(0).outputBase();
        List<TornadoRow> rows = new ArrayList<>();
        int leftOut = 0;
        for (TornadoBar bar : bars) {
            if (rows.size() >= MAX_BARS || bar.swing() <= NO_EFFECT * Math.max(1, Math.abs(base))) {
                leftOut++;
                continue;
            }
            rows.add(new TornadoRow(InputRange.of(bar), bar.kind() == TornadoBar.Kind.LEVER, bar.outputLow() * f,
                    bar.outputHigh() * f, scale.preciseText(bar.outputLow()), scale.preciseText(bar.outputHigh())));
        }
        ChartDefinition d = ChartCatalog.tornado(s.name(), year, scale.axisLabel(), AxisFormat.of(s.unit()));
        return new TornadoPicture(d.title(), d.y().title(), base * f, scale.preciseText(base), rows, leftOut);
    }
}
