package org.reeplanner.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Alert;
import javafx.util.Duration;
import javafx.stage.Stage;
import org.reeplanner.io.ConfigFolder;
import javafx.stage.Window;
import org.reeplanner.io.PreferencesStore;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.analysis.OptimiserDialog;
import org.reeplanner.ui.analysis.OptimiserViewModel;
import org.reeplanner.ui.analysis.StudyRunner;
import org.reeplanner.ui.analysis.UncertaintySettingsDialog;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Debouncer;
import org.reeplanner.ui.common.FxDebouncer;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.SecondaryWindow;
import org.reeplanner.ui.common.UpdateScheduler;
import org.reeplanner.ui.export.ExportChooser;
import org.reeplanner.ui.export.ExportCommands;
import org.reeplanner.ui.export.FxExportChooser;
import org.reeplanner.ui.files.DocumentServices;
import org.reeplanner.ui.guide.GuideView;
import org.reeplanner.ui.guide.GuideViewModel;
import org.reeplanner.ui.menu.AppAction;
import org.reeplanner.ui.menu.MenuKind;
import org.reeplanner.ui.menu.ThemeMenu;
import org.reeplanner.ui.prefs.AppPreferences;
import org.reeplanner.ui.results.ChartTab;
import org.reeplanner.ui.results.DetachedChartView;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The composition root's parts: it reads the shipped model data and the seed-baseline scenario, builds the
 * background executor, the session and the window's view model, and holds the table of menu actions.
 */
public final class AppContext implements AutoCloseable {
    static final String START_SCENARIO = "seed-baseline";
    /** How long the scenario must rest before a new uncertainty study starts. */
    static final Duration STUDY_DELAY = Duration.millis(200);

    private static final double GUIDE_WIDTH = 1180;
    private static final double GUIDE_HEIGHT = 820;
    private static final double QUICK_START_WIDTH = 1000;
    private static final double CHART_WIDTH = 1280;
    private static final double CHART_HEIGHT = 800;

    private final BackgroundTasks tasks;
    private final MainViewModel viewModel;
    private final DocumentServices documents;
    private final AppPreferences preferences;
    private final SecondaryWindow guideWindow;
    private final SecondaryWindow quickStartWindow;
    private final SecondaryWindow chartWindow;
    private DetachedChartView chartView;
    private final Function<Window, ExportChooser> exportChoosers;
    private final OptimiserViewModel optimiser;
    private OptimiserDialog optimiserDialog;

    /** A context on the shipped inputs read now: for tests and harnesses. */
    AppContext(UpdateScheduler scheduler, BackgroundTasks tasks) {
        this(ShippedInputs.read(), scheduler, tasks, FxExportChooser::new);
    }

    /**
     * @param inputs         the shipped data and start scenario, read while the toolkit started
     * @param exportChoosers asks where exports go, given the main window; tests pass a stub
     */
    AppContext(ShippedInputs inputs, UpdateScheduler scheduler, BackgroundTasks tasks,
               Function<Window, ExportChooser> exportChoosers) {
        this(inputs, scheduler, tasks, exportChoosers, new FxDebouncer(STUDY_DELAY));
    }

    /** @param studyDelay waits for the scenario to rest before a new uncertainty study */
    AppContext(ShippedInputs inputs, UpdateScheduler scheduler, BackgroundTasks tasks,
               Function<Window, ExportChooser> exportChoosers, Debouncer studyDelay) {
        this.tasks = tasks;
        this.exportChoosers = exportChoosers;
        ScenarioReader reader = inputs.reader();
        Scenario seed = inputs.seed();
        ScenarioSession session = new ScenarioSession(inputs.model(), seed, scheduler);
        Clock clock = Clock.systemDefaultZone();
        viewModel = new MainViewModel(session, seed, new MainViewModel.Services(tasks, studyDelay, inputs.facts(),
                new ExportService(inputs.model(), clock), clock, Path.of(System.getProperty("user.home"))));
        Path config = ConfigFolder.resolve();
        preferences = new AppPreferences(new PreferencesStore(config), write -> tasks.run(() -> {
            write.run();
            return null;
        }, done -> { }, failure -> { }), message -> Platform.runLater(() -> viewModel.showNotice(message)));
        preferences.targetYear().ifPresent(viewModel.cursor()::moveTo);
        viewModel.levers().pin(preferences.pinnedLevers());
        Runnable keep = () -> preferences.keep(viewModel.cursor().year(), viewModel.levers().pinnedIds());
        viewModel.cursor().yearProperty().subscribe(y -> keep.run());
        viewModel.levers().levers().forEach(l -> l.pinnedProperty().subscribe(p -> keep.run()));
        documents = new DocumentServices(session, reader, tasks, config);
        optimiser = new OptimiserViewModel(session, viewModel.cursor(), new StudyRunner(tasks),
                documents.document()::edit);
        guideWindow = new SecondaryWindow("guide-window", Messages.format("guide.window", MainViewModel.APP_NAME),
                GUIDE_WIDTH, GUIDE_HEIGHT, () -> new GuideView(new GuideViewModel(GuideViewModel.MODEL_GUIDE)),
                preferences.themeProperty());
        quickStartWindow = new SecondaryWindow("quick-start-window", Messages.format("quickStart.window",
                MainViewModel.APP_NAME), QUICK_START_WIDTH, GUIDE_HEIGHT,
                () -> new GuideView(new GuideViewModel(GuideViewModel.QUICK_START)), preferences.themeProperty());
        chartWindow = new SecondaryWindow("chart-window", Messages.format("chartWindow.window",
                MainViewModel.APP_NAME), CHART_WIDTH, CHART_HEIGHT, () -> chartView(), preferences.themeProperty());
        documents.commands().messageProperty().subscribe(message -> {
            if (!message.isEmpty()) {
                viewModel.showNotice(message);
            }
        });
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** The scenario as a document: files, undo, autosave, recovery and comparison. */
    public DocumentServices documents() {
        return documents;
    }

    /** The Compare tab's content: its live entry follows the scenario while the tab shows, its year the window's. */
    public Node compareView() {
        return documents.compareView(viewModel.cursor(),
                viewModel.charts().selectedProperty().map(tab -> tab == ChartTab.COMPARE));
    }

    /** The user's preferences: theme now, window and target year at exit. */
    public AppPreferences preferences() {
        return preferences;
    }

    /**
     * Every command of the menu bar, one line each, in menu order; only commands that work belong here. Add an
     * action by adding its line.
     */
    List<AppAction> actions(Stage stage) {
        List<AppAction> actions = new ArrayList<>(documents.fileActions());
        actions.add(documents.quitAction());
        actions.addAll(documents.editActions());
        actions.add(new AppAction(MenuKind.EDIT, "action-reset-levers", Messages.get("action.resetLevers"), Icon.RESET,
                "Shortcut+Shift+R", viewModel.levers()::resetToSeed));
        actions.addAll(new ExportCommands(viewModel.exports(), exportChoosers.apply(stage)).actions());
        for (ChartTab tab : ChartTab.values()) {
            actions.add(new AppAction(MenuKind.VIEW, "action-view-" + tab.tabId(), tab.title(), null,
                    tab.shortcut(), () -> viewModel.charts().selectedProperty().set(tab)));
        }
        actions.add(AppAction.toggle(MenuKind.VIEW, "action-uncertainty-band",
                Messages.get("action.uncertaintyBand"), "Shortcut+U", viewModel.charts().uncertaintyShownProperty()));
        actions.addAll(List.of(
                new AppAction(MenuKind.VIEW, "action-presentation", Messages.get("action.presentation"),
                        Icon.PRESENT, "F11", viewModel::togglePresentation),
                new AppAction(MenuKind.VIEW, "action-go-to-chart", Messages.get("action.goToChart"), null,
                        "Shortcut+J", () -> focusShownChart(stage)),
                new AppAction(MenuKind.VIEW, "action-chart-window", Messages.get("action.chartWindow"),
                        Icon.DETACH_CHART, "Shortcut+Shift+D", () -> openChartWindow(stage)),
                AppAction.submenu(MenuKind.VIEW, new ThemeMenu(preferences.themeProperty())),
                new AppAction(MenuKind.HELP, "action-quick-start", Messages.get("action.quickStart"), Icon.GUIDE,
                        "F1", () -> quickStartWindow.show(stage)),
                new AppAction(MenuKind.HELP, "action-guide", Messages.get("action.guide"), null, "Shortcut+F1",
                        () -> guideWindow.show(stage)),
                new AppAction(MenuKind.HELP, "action-about", Messages.get("action.about"), Icon.ABOUT, "Shift+F1",
                        () -> about(stage))));
        actions.addAll(analysisActions(stage));
        return actions;
    }

    /** The optimiser and goal-seek dialog's state. */
    public OptimiserViewModel optimiser() {
        return optimiser;
    }

    /** The Analysis menu: the studies over many model runs. */
    private List<AppAction> analysisActions(Stage stage) {
        return List.of(
                new AppAction(MenuKind.ANALYSIS, "action-optimise", Messages.get("action.optimise"), Icon.OPTIMISE,
                        "Shortcut+Shift+O", () -> optimiserDialog().show(stage, OptimiserViewModel.OPTIMISE)),
                new AppAction(MenuKind.ANALYSIS, "action-goal-seek", Messages.get("action.goalSeek"), Icon.GOAL_SEEK,
                        "Shortcut+G", () -> optimiserDialog().show(stage, OptimiserViewModel.GOAL_SEEK)),
                new AppAction(MenuKind.ANALYSIS, "action-uncertainty-settings",
                        Messages.get("action.uncertaintySettings"),
                        Icon.SETTINGS, "Shortcut+Shift+U", () -> UncertaintySettingsDialog.show(stage,
                        viewModel.analysis().uncertaintySettings())));
    }

    private OptimiserDialog optimiserDialog() {
        if (optimiserDialog == null) {
            optimiserDialog = new OptimiserDialog(optimiser);
        }
        return optimiserDialog;
    }

    private DetachedChartView chartView() {
        chartView = new DetachedChartView(viewModel.charts(), new PlotImages(viewModel.pngExport()));
        return chartView;
    }

    /** Opens the large-chart window on the chart tab shown in the main window (or the supply chart). */
    private void openChartWindow(Stage owner) {
        ChartTab shown = viewModel.charts().selectedProperty().get();
        chartWindow.show(owner);
        chartView.select(shown);
    }

    /**
     * Skips the lever panel's many controls: moves the keyboard focus to the chart of the tab shown (arrow keys
     * then move the year), or to the tabs when that tab has no chart.
     */
    private static void focusShownChart(Stage stage) {
        if (stage.getScene().lookup("#chart-tabs") instanceof TabPane tabs) {
            Tab shown = tabs.getSelectionModel().getSelectedItem();
            Node chart = shown == null || shown.getContent() == null ? null : shown.getContent().lookup(".plot-chart");
            (chart != null && chart.isVisible() ? chart : tabs).requestFocus();
        }
    }

    /** Closes the guide and chart windows, so that closing the main window ends the application. */
    void closeSecondaryWindows() {
        guideWindow.close();
        quickStartWindow.close();
        chartWindow.close();
    }

    private void about(Stage owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, viewModel.aboutText());
        alert.setTitle(Messages.get("action.about"));
        alert.setHeaderText(MainViewModel.APP_NAME);
        alert.initOwner(owner);
        alert.show();
    }

    /** A clean exit: removes the recovery copy, then stops the background executors. */
    @Override
    public void close() {
        documents.close();
        tasks.close();
    }
}
