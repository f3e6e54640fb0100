package org.reeplanner.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.io.report.AppVersion;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.analysis.UncertaintyViewModel;
import org.reeplanner.ui.assumptions.AssumptionsViewModel;
import org.reeplanner.ui.charts.plot.PngExport;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Debouncer;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.export.ExportViewModel;
import org.reeplanner.ui.kpi.KpiCardsViewModel;
import org.reeplanner.ui.kpi.NarrativeViewModel;
import org.reeplanner.ui.kpi.SeedPromisesViewModel;
import org.reeplanner.ui.levers.LeverPanelViewModel;
import org.reeplanner.ui.results.AnalysisViewModel;
import org.reeplanner.ui.results.ChartsViewModel;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The main window's state: the scenario's name for the title bar and window title, the shared year cursor, the
 * status line and notices, and the view models of the window's parts, all fed by one {@link ScenarioSession}.
 */
public final class MainViewModel {
    public static final String APP_NAME = Messages.get("app.name");
    /** Says what the coloured changes on the cards are measured against. */
    public static final String COMPARISON_NOTE = Messages.get("main.comparisonNote");

    private final ScenarioSession session;
    private final YearCursor cursor;
    private final KpiCardsViewModel kpis;
    private final SeedPromisesViewModel promises;
    private final LeverPanelViewModel levers;
    private final ChartsViewModel charts;
    private final PngExport pngExport;
    private final ExportViewModel exports;
    private final AnalysisViewModel analysis;
    private final AssumptionsViewModel assumptions;
    private final NarrativeViewModel narrative;
    private final FactSheet facts;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableValue<String> scenarioName;
    private final ObservableValue<String> scenarioDescription;
    private final ObservableValue<String> windowTitle;
    private final ObservableValue<String> status;

    /**
     * What the composition root hands the window's view model, so that it reads no file, clock or system property
     * itself.
     *
     * @param tasks      runs file writes, exports and studies off the FX thread
     * @param studyDelay waits for the scenario to rest before a new uncertainty study
     * @param facts      the fact-sheet rows the assumptions view and the About box show
     * @param homeFolder where the first export chooser opens
     */
    public record Services(BackgroundTasks tasks, Debouncer studyDelay, FactSheet facts, ExportService exports,
                           Clock clock, Path homeFolder) {
    }

    /** {@code seed} is what "Reset to seed values" restores. */
    public MainViewModel(ScenarioSession session, Scenario seed, Services services) {
        BackgroundTasks tasks = services.tasks();
        this.session = session;
        this.facts = services.facts();
        var first = session.result().scenario();
        cursor = new YearCursor(KpiCardsViewModel.DEFAULT_TARGET_YEAR, first.firstYear(), first.lastYear());
        session.resultProperty().subscribe(r -> cursor.setHorizon(r.scenario().firstYear(),
                r.scenario().lastYear()));
        kpis = new KpiCardsViewModel(session.resultProperty(), cursor);
        promises = new SeedPromisesViewModel(session.resultProperty(), cursor);
        levers = new LeverPanelViewModel(session, seed);
        charts = new ChartsViewModel(session.resultProperty(), cursor, session.model().focusAreas(),
                session.model().data().parameters());
        pngExport = new PngExport(tasks, notice::set);
        exports = new ExportViewModel(services.exports(), session::latest, cursor::year, tasks, services.clock(),
                services.homeFolder());
        exports.noticeProperty().subscribe(n -> {
            if (n != null) {
                notice.set(n.text());
            }
        });
        exports.failureProperty().subscribe(f -> {
            if (f != null) {
                notice.set(Messages.format("main.notSaved", f.target().getFileName()));
            }
        });
        analysis = new AnalysisViewModel(session, charts, cursor, tasks, services.studyDelay());
        exportCurrentBands(analysis.uncertainty());
        assumptions = new AssumptionsViewModel(session, services.facts());
        narrative = new NarrativeViewModel(session.model(), session.resultProperty(), cursor, tasks);
        levers.presentingProperty().bind(presenting);
        scenarioName = session.scenarioProperty().map(Scenario::name);
        scenarioDescription = session.scenarioProperty().map(Scenario::description);
        windowTitle = scenarioName.map(name -> APP_NAME + " \u2014 " + name);
        status = session.resultProperty().flatMap(r -> assumptions.summary().map(a ->
                Messages.format("status.line", Formats.millis(r.runMillis()), a)));
    }

    /** Exports get the uncertainty band's Monte Carlo while it is up to date with the scenario, and none otherwise. */
    private void exportCurrentBands(UncertaintyViewModel study) {
        exports.uncertaintyProperty().bind(Bindings.createObjectBinding(
                () -> study.staleProperty().get() ? null : study.bandsProperty().get(),
                study.bandsProperty(), study.staleProperty()));
    }

    public ScenarioSession session() {
        return session;
    }

    /** The year the KPI cards report and every chart marks. */
    public YearCursor cursor() {
        return cursor;
    }

    public KpiCardsViewModel kpis() {
        return kpis;
    }

    /** The seed's three promises for the target year, beside the KPI cards. */
    public SeedPromisesViewModel promises() {
        return promises;
    }

    public LeverPanelViewModel levers() {
        return levers;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public PngExport pngExport() {
        return pngExport;
    }

    /** The Export menu's state: progress, cancel, the notice after an export and its failures. */
    public ExportViewModel exports() {
        return exports;
    }

    /** The studies over many runs: uncertainty, tornado, attribution, optimiser. */
    public AnalysisViewModel analysis() {
        return analysis;
    }

    /** "Rare Earth Resilience Planner — Seed baseline". */
    public ObservableValue<String> windowTitle() {
        return windowTitle;
    }

    public ObservableValue<String> scenarioName() {
        return scenarioName;
    }

    public ObservableValue<String> scenarioDescription() {
        return scenarioDescription;
    }

    /** "model run 0.02 ms · assumptions: default". */
    public ObservableValue<String> status() {
        return status;
    }

    /** The last thing the app did for the user ("Saved chart-supply.png …"), shown at the right of the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void showNotice(String text) {
        notice.set(text);
    }

    /** The assumptions editor: every model parameter, editable as part of the scenario. */
    public AssumptionsViewModel assumptions() {
        return assumptions;
    }

    /** The plain-English summary of the results shown under the KPI cards. */
    public NarrativeViewModel narrative() {
        return narrative;
    }

    /** Whether the window is in presentation mode (full screen, large type, only pinned levers). */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public void togglePresentation() {
        presenting.set(!presenting.get());
    }

    /** The About box's text: the app's and model's versions, what the model data holds and how recent it is. */
    public String aboutText() {
        ModelData data = session.model().data();
        return Messages.format("about.text", APP_NAME, AppVersion.current(), data.parameters().specs().size(),
                data.focusAreas().size(), data.pipeline().size(), facts.vintage(), assumptions.summary().getValue(),
                Scenario.START_YEAR, session.scenario().endYear(), System.getProperty("java.version"),
                System.getProperty("javafx.version"));
    }
}
