package org.reeplanner.ui;

import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.reeplanner.ui.analysis.OptimiserViewModel;
import org.reeplanner.ui.common.AfterFirstFrame;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.PulseScheduler;
import org.reeplanner.ui.common.Resources;
import org.reeplanner.ui.files.DocumentServices;
import org.reeplanner.ui.export.ExportChooser;
import org.reeplanner.ui.export.FxExportChooser;

/**
 * The desktop application and composition root: it builds the {@link AppContext} (model data, session, view
 * models, executor, actions) and shows the main window on the seed-baseline scenario.
 */
public final class PlannerApp extends Application {
    /** The window size the test and latency harnesses use; the app itself sizes the window to the screen. */
    static final double DEFAULT_WIDTH = 1520;
    static final double DEFAULT_HEIGHT = 950;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private final Function<Window, ExportChooser> exportChoosers;
    private AppContext context;
    private WindowState windowState;

    public PlannerApp() {
        this(FxExportChooser::new);
    }

    /** An app whose exports ask {@code exportChoosers} where to write instead of native dialogs: for tests. */
    PlannerApp(Function<Window, ExportChooser> exportChoosers) {
        this.exportChoosers = exportChoosers;
    }

    /**
     * Starts reading the shipped data and the start scenario on a background thread, so that it overlaps the
     * JavaFX toolkit's own start; the window then takes the result. Call just before {@code Application.launch}.
     */
    public static void prefetchInputs() {
        ShippedInputs.prefetch();
    }

    @Override
    public void start(Stage stage) {
        BackgroundTasks tasks = BackgroundTasks.create();
        // Ikonli reads its font on the first icon (~25 ms): read now on the background thread instead.
        tasks.run(() -> {
            Icon.loadFont();
            return null;
        }, done -> { }, e -> warn("the icon font could not be read", e));
        context = new AppContext(new PulseScheduler(), tasks, exportChoosers);
        context.preferences().themeProperty().get().applyUserAgentStylesheet();
        MainViewModel viewModel = context.viewModel();
        viewModel.exports().setFolderOpener(uri -> getHostServices().showDocument(uri.toString()));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new MainView(viewModel, context.actions(stage), context::compareView));
        setIconsAfterFirstFrame(tasks, stage, scene);
        context.preferences().themeProperty().subscribe(theme -> {
            theme.applyUserAgentStylesheet();
            theme.apply(scene);
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> context.closeSecondaryWindows());
        stage.titleProperty().bind(context.documents().windowTitle(MainViewModel.APP_NAME));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        windowState = WindowState.install(stage, context.preferences().window().orElse(null), MIN_WIDTH,
                MIN_HEIGHT);
        windowState.presentWith(viewModel, scene);
        StartupProbe.install(stage, viewModel.session());
        stage.show();
        context.documents().attach(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.preferences().saveOnExit(windowState.toSave(), context.viewModel().cursor().year(),
                    context.viewModel().levers().pinnedIds());
            context.close();
        }
    }

    /** The scenario document services of the window shown, for tests. */
    DocumentServices documents() {
        return context.documents();
    }

    /** The optimiser dialog's state, for tests. */
    OptimiserViewModel optimiser() {
        return context.optimiser();
    }

    /** The view model of the window shown, for tests and the latency harness. */
    MainViewModel viewModel() {
        return context.viewModel();
    }

    /**
     * The window icons in seven sizes: decoded on the background thread (~8 % of the FX thread's start-up work
     * otherwise) and handed to the window after its first frame, since the toolkit then scales the one it keeps.
     */
    private static void setIconsAfterFirstFrame(BackgroundTasks tasks, Stage stage, Scene scene) {
        tasks.run(PlannerApp::icons,
                icons -> AfterFirstFrame.run(scene.getRoot(), () -> stage.getIcons().setAll(icons)),
                e -> warn("the window icons could not be read", e));
    }

    /** Logs a start-up step that failed but only costs looks; the logger is made only then. */
    private static void warn(String what, Throwable e) {
        System.getLogger(PlannerApp.class.getName()).log(System.Logger.Level.WARNING, what, e);
    }

    private static List<Image> icons() {
        return ICON_SIZES.stream().map(size -> Resources.image("icons/app-" + size + ".png")).toList();
    }
}
