package org.reeplanner.ui.charts.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.ProcessingCostChartViewModel;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saving a chart picture: written in the background at full-HD size or more, failures shown in a dialog. */
@ExtendWith(ApplicationExtension.class)
class PlotImagesTest {
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
        panel = new PlotPanel(new ProcessingCostChartViewModel(session.resultProperty(),
                new YearCursor(2030, 2025, 2040)), images);
        stage.setScene(new Scene(panel, 640, 400));
        stage.sizeToScene(); // the test stage may still have an earlier test's size
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    void savesTheChartAsAPngAtLeastFullHd(FxRobot robot) throws Exception {
        File file = dir.resolve("cost").toFile();

        robot.interact(() -> images.save(panel, file, stage));
        Path written = dir.resolve("cost.png");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !notices.isEmpty());

        BufferedImage png = ImageIO.read(written.toFile());
        // The panel's visual bounds (which may reach a few pixels past its layout size) at the save scale.
        double scale = PlotImages.saveScale(panel.getWidth(), panel.getHeight());
        assertThat(png.getWidth()).isCloseTo((int) (panel.getWidth() * scale), within(12))
                .isGreaterThanOrEqualTo(1920);
        assertThat(png.getHeight()).isCloseTo((int) (panel.getHeight() * scale), within(12))
                .isGreaterThanOrEqualTo(1080);
        assertThat(notices.get(0)).startsWith("Saved cost.png (" + png.getWidth() + "×" + png.getHeight()
                + " px) to ");
    }

    @Test
    void aFailedSaveIsShownInADialogAndWritesNothing(FxRobot robot) throws Exception {
        File file = dir.resolve("missing-folder").resolve("cost.png").toFile();

        robot.interact(() -> images.save(panel, file, stage));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The chart could not be saved");
        assertThat(dialog.getContentText()).contains("cost.png");
        assertThat(Files.exists(file.toPath().getParent())).isFalse();
        assertThat(notices).isEmpty();
    }
}
