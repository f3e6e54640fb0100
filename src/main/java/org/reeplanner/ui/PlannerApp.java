package org.reeplanner.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
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
 * models, executor, actions) on the shipped inputs it is given and shows the main window on the seed-baseline
 * scenario. {@link #open()} is how the launcher starts it.
 */
public final class PlannerApp extends Application {
    /** The window size the test and latency harnesses use; the app itself sizes the window to the screen. */
    static final double DEFAULT_WIDTH = 1520;
    static final double DEFAULT_HEIGHT = 950;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private final Supplier<ShippedInputs> inputs;
    private final Function<Window, ExportChooser> exportChoosers;
    private AppContext context;
    private WindowState windowState;

    /** The app as {@code Application.launch} makes it: it reads the shipped inputs when it starts. */
    public PlannerApp() {
        this(ShippedInputs::read, FxExportChooser::new);
    }

    /** An app whose exports ask {@code exportChoosers} where to write instead of native dialogs: for tests. */
    PlannerApp(Function<Window, ExportChooser> exportChoosers) {
        this(ShippedInputs::read, exportChoosers);
    }

    private PlannerApp(Supplier<ShippedInputs> inputs, Function<Window, ExportChooser> exportChoosers) {
        this.inputs = inputs;
        this.exportChoosers = exportChoosers;
    }

    /**
     * Opens the window, as {@code Application.launch} would: the shipped data and the start scenario are read on a
     * background thread while the JavaFX toolkit starts, and the app is built on what was read. Like a launched
     * application it ends when its window closes, after {@link #stop()}. Returns at once.
     */
    public static void open() {
        Supplier<ShippedInputs> prefetched = ShippedInputs.prefetch();
        Platform.setImplicitExit(false);
        Platform.startup(() -> new PlannerApp(prefetched, FxExportChooser::new).startOwnStage());
    }

    private void startOwnStage() {
        nameApplication();
        Stage stage = new Stage();
        try {
            start(stage);
        } catch (RuntimeException | Error e) {
            System.err.println("Exception in Application start method");
            e.printStackTrace();
            System.exit(1);
        }
        // After the window's own handlers and once it is fully hidden, as the JavaFX launcher does.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Platform.runLater(() -> {
            stop();
            Platform.exit();
        }));
    }

    /**
     * Names the application after this class before its first window, as {@code Application.launch} does: on Linux
     * the window's WM_CLASS (taskbar grouping, .desktop matching) stays "org.reeplanner.ui.PlannerApp" rather than
     * "java". JavaFX has no public call for it; should the internal one be out of reach, the name is left as it is.
     */
    private static void nameApplication() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName(PlannerApp.class.getName());
        } catch (RuntimeException | LinkageError e) {
            warn("the application name could not be set", e);
        }
    }

    @Override
    public void start(Stage stage) {
        BackgroundTasks tasks = BackgroundTasks.create();
        // Ikonli reads its font on the first icon (~25 ms): read now on the background thread instead.
        tasks.run(() -> {
            Icon.loadFont();
            return null;
        }, done -> { }, e -> warn("the icon font could not be read", e));
        context = new AppContext(inputs.get(), new PulseScheduler(), tasks, exportChoosers);
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
