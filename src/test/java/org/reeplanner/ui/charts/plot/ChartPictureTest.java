package org.reeplanner.ui.charts.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.SpendChartViewModel;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Save as PNG…" on a chart smaller than full HD on screen still writes a picture of at least 1920×1080. */
@ExtendWith(ApplicationExtension.class)
class ChartPictureTest {
    private final BackgroundTasks tasks = BackgroundTasks.create();
    private final List<String> notices = new ArrayList<>();
    private final PlotImages images = new PlotImages(new PngExport(tasks, notices::add));
    private PlotPanel panel;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var session = Shipped.session("seed-baseline");
        panel = new PlotPanel(new SpendChartViewModel(session.resultProperty(), new YearCursor(2030, 2025, 2040),
                session.model().focusAreas()), images);
        panel.setMinSize(800, 450);
        panel.setMaxSize(800, 450);
        stage.setScene(new Scene(new StackPane(panel), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    void aSmallPanelIsSavedAtFullHdOrMoreInItsOwnProportions(FxRobot robot) throws Exception {
        robot.interact(() -> images.save(panel, dir.resolve("spend").toFile(), stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notices.isEmpty());

        BufferedImage png = ImageIO.read(dir.resolve("spend.png").toFile());
        assertThat(panel.getLayoutBounds().getWidth()).as("an 800×450 panel, drawn at 2.4×").isEqualTo(800);
        assertThat(png.getWidth()).as("visual bounds may add a few pixels").isBetween(1920, 1940);
        assertThat(png.getHeight()).isBetween(1080, 1100);
    }
}
