package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reeplanner.io.report.AxisFormat;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.io.report.StudyCharts;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Tornado;
import org.reeplanner.model.analysis.TornadoBar;
import org.reeplanner.ui.charts.StudySeries;
import org.reeplanner.ui.charts.UnitScale;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The tornado of one series in the cursor's year: every parameter from its low to its high value and every funded
 * lever ±50%, one at a time, widest swing first. It is computed in the background while the Tornado tab is shown,
 * and again after every change of the scenario, the series or the year.
 */
public final class TornadoViewModel {
    /** Bars shown; the rest are narrower than the last one shown. */
    public static final int MAX_BARS = StudyCharts.MAX_BARS;
    private static final double NO_EFFECT = 1e-12;

    private final ScenarioSession session;
    private final YearCursor cursor;
    private final StudyRunner runner;
    private final StringProperty series = new SimpleStringProperty(this, "series", StudySeries.ALL.get(0).id());
    private final ReadOnlyObjectWrapper<TornadoPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean active;

    public TornadoViewModel(ScenarioSession session, YearCursor cursor, StudyRunner runner) {
        this.session = session;
        this.cursor = cursor;
        this.runner = runner;
        session.scenarioProperty().subscribe((before, now) -> changed());
        cursor.yearProperty().subscribe((before, now) -> changed());
        series.subscribe((before, now) -> changed());
    }

    /** The series to choose from, KPI series first. */
    public List<ChoiceOption> seriesOptions() {
        return StudySeries.ALL.stream().map(s -> new ChoiceOption(s.id(), s.name())).toList();
    }

    public StringProperty seriesProperty() {
        return series;
    }

    /** The tornado to draw, or null before the first study. */
    public ReadOnlyObjectProperty<TornadoPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Whether the picture is out of date (a new study is on its way). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StudyRunner runner() {
        return runner;
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

    /** Whether the Tornado tab is shown; a hidden tornado is computed when it is shown again. */
    public void setActive(boolean on) {
        active = on;
        if (on && stale.get()) {
            compute();
        }
    }

    private void changed() {
        stale.set(true);
        if (active) {
            compute();
        }
    }

    private void compute() {
        Scenario scenario = session.scenario();
        StudySeries s = StudySeries.byId(series.get());
        int year = Math.max(Scenario.START_YEAR, Math.min(scenario.endYear(), cursor.year()));
        runner.start(progress -> picture(s, year, new Tornado(session.model().withAssumptionsOf(scenario))
                .of(scenario, s.id(), year)), p -> {
            picture.set(p);
            stale.set(false);
            error.set("");
        }, failure -> error.set(Messages.format("tornado.failed", failure.getMessage())));
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
