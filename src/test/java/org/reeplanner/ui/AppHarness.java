package org.reeplanner.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.PulseScheduler;
import org.reeplanner.ui.common.Theme;

/** The real main window, built the way {@link PlannerApp} builds it, for harnesses that drive it from outside. */
public final class AppHarness implements AutoCloseable {
    private final AppContext context;

    private AppHarness(AppContext context) {
        this.context = context;
    }

    /** Builds the window at the app's default size on {@code stage} and shows it. FX thread. */
    public static AppHarness show(Stage stage) {
        return show(stage, PlannerApp.DEFAULT_WIDTH, PlannerApp.DEFAULT_HEIGHT);
    }

    /** Builds the window with a scene of {@code width}×{@code height} on {@code stage} and shows it. FX thread. */
    public static AppHarness show(Stage stage, double width, double height) {
        Theme.LIGHT.applyUserAgentStylesheet();
        AppContext context = new AppContext(new PulseScheduler(), BackgroundTasks.create());
        Scene scene = new Scene(new MainView(context.viewModel(), context.actions(stage),
                context::compareView), width, height);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        return new AppHarness(context);
    }

    public MainViewModel viewModel() {
        return context.viewModel();
    }

    @Override
    public void close() {
        context.close();
    }
}
