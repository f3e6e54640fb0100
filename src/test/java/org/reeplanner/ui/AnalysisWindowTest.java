package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analysis features in the running window: uncertainty bands, tornado, optimiser and undo. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {
    private PlannerApp app;

    @Start
    void start(Stage stage) {
        app = new PlannerApp();
        app.start(stage);
    }

    @Test
    void theUncertaintyToggleShadesBandsBehindTheChinaShareLines(FxRobot robot) throws Exception {
        robot.clickOn("#tab-china-share");
        robot.clickOn("#china-share-uncertainty");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Node b = robot.lookup("#chart-china-share-band-separation").query();
            return b.isVisible() && b.getBoundsInLocal().getHeight() > 2;
        });

        Node band = robot.lookup("#chart-china-share-band-separation").query();
        AreaChart<?, ?> chart = robot.lookup("#chart-china-share").queryAs(AreaChart.class);
        var plot = band.getParent().getChildrenUnmodifiable();
        int line = plot.indexOf(chart.getData().stream().filter(s -> s.getName().equals("Separation")).findFirst()
                .orElseThrow().getNode());
        assertThat(plot.indexOf(band)).as("the band is drawn before (behind) its line").isLessThan(line);
    }

    @Test
    void theOptimiserRunsAndAppliesItsSplitAsOneUndoableStep(FxRobot robot) throws Exception {
        var document = app.documents().document();
        double before = document.scenario().lever("processing").investmentUsdBn();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#optimiser-run").tryQuery().isPresent());
        robot.clickOn("#optimiser-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#optimiser-apply").queryButton().isDisabled());
        snapshot(robot.lookup("#optimiser-dialog").query(), "optimiser-dialog.png");

        robot.clickOn("#optimiser-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> found = app.optimiser().foundProperty().get();
        assertThat(document.scenario().lever("processing").investmentUsdBn()).isEqualTo(found.get("processing"))
                .isNotEqualTo(before);
        assertThat(document.scenario().totalInvestmentUsdBn()).isCloseTo(5.5, within(0.05));

        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#lever-panel");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.scenario()).isEqualTo(Shipped.scenario("seed-baseline"));
        assertThat(robot.lookup("#lever-processing-field").queryTextInputControl().getText()).isEqualTo("0");
    }

    @Test
    void theTornadoTabShowsBarsWidestFirst(FxRobot robot) throws Exception {
        robot.clickOn("#tab-tornado");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#tornado-bar-5-low").tryQuery()
                .isPresent() && !app.viewModel().analysis().tornado().staleProperty().get());

        List<Double> widths = new ArrayList<>();
        for (int i = 0; robot.lookup("#tornado-bar-" + i + "-low").tryQuery().isPresent(); i++) {
            Rectangle low = robot.lookup("#tornado-bar-" + i + "-low").queryAs(Rectangle.class);
            Rectangle high = robot.lookup("#tornado-bar-" + i + "-high").queryAs(Rectangle.class);
            double left = Math.min(low.getX(), high.getX());
            double right = Math.max(low.getX() + low.getWidth(), high.getX() + high.getWidth());
            widths.add(right - left);
        }
        assertThat(widths).hasSizeGreaterThan(5);
        assertThat(widths).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(robot.lookup("#tornado-label-0").queryAs(Label.class).getText()).matches(".+ .*\\d.*");
        snapshot(robot.lookup("#tornado-view").query(), "tornado-tab.png");
    }

    /** Writes a picture of {@code node} to target/screenshots, for people to look at. */
    private static void snapshot(Node node, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = node.snapshot(null, null)).get();
        BufferedImage picture = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(picture, "png", folder.resolve(name).toFile());
    }
}
