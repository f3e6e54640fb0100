package org.reeplanner.ui;

import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Resources;
import org.reeplanner.ui.common.Theme;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The desktop application and its composition root: it reads the shipped model data and the seed-baseline
 * scenario, builds the session and view models, and shows the main window.
 */
public final class PlannerApp extends Application {
    static final String START_SCENARIO = "seed-baseline";
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;
    private static final double SCREEN_FILL = 0.95;
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    @Override
    public void start(Stage stage) {
        ModelData data = ModelDataReader.readShipped();
        Scenario scenario = new ScenarioReader(data.focusAreas()).readShipped(START_SCENARIO);
        ScenarioSession session = new ScenarioSession(new ImpactModel(data), scenario);
        MainViewModel viewModel = new MainViewModel(session);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new MainView(viewModel), Math.min(DEFAULT_WIDTH, screen.getWidth() * SCREEN_FILL),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * SCREEN_FILL));
        Theme.LIGHT.apply(scene);
        stage.titleProperty().bind(viewModel.windowTitle());
        stage.getIcons().setAll(icons());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
    }

    private static List<Image> icons() {
        return ICON_SIZES.stream().map(size -> Resources.image("icons/app-" + size + ".png")).toList();
    }
}
