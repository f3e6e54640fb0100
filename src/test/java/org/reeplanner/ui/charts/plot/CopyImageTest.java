package org.reeplanner.ui.charts.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.SupplyChart;
import org.reeplanner.ui.charts.SupplyChartViewModel;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Copy image puts the chart alone on the clipboard (not its check box and buttons) and says so. */
@ExtendWith(ApplicationExtension.class)
class CopyImageTest {
    private final BackgroundTasks tasks = BackgroundTasks.create();
    private final List<String> notices = new ArrayList<>();
    private SupplyChart panel;

    @Start
    void start(Stage stage) {
        var session = Shipped.session("seed-baseline");
        panel = new SupplyChart(new SupplyChartViewModel(session.resultProperty(), new YearCursor(2030, 2025, 2040)),
                new PlotImages(new PngExport(tasks, notices::add)), new SimpleBooleanProperty());
        stage.setScene(new Scene(panel, 900, 500));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    void copyImageCopiesTheChartWithoutItsControlsAndConfirms(FxRobot robot) {
        robot.clickOn(panel, MouseButton.SECONDARY);
        robot.clickOn("#chart-supply-copy-image");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notices).singleElement().asString()
                .matches("Chart copied to the clipboard \\(\\d{4}×\\d{3,4} px\\): paste it into a slide or document");
        Image copied = onFx(() -> Clipboard.getSystemClipboard().getImage());
        List<Node> controls = List.of(robot.lookup("#supply-stage-mining").query().getParent(),
                robot.lookup("#supply-group-all").query().getParent(), robot.lookup(".check-box").query());
        assertThat(controls).as("shown again after the copy").allMatch(Node::isVisible);
        int[] withControls = pixels(onFx(() -> PlotImages.snapshot(panel, PlotImages.SCALE)));
        int[] chartAlone = pixels(onFx(() -> {
            controls.forEach(n -> n.setVisible(false));
            Image image = PlotImages.snapshot(panel, PlotImages.SCALE);
            controls.forEach(n -> n.setVisible(true));
            return image;
        }));

        assertThat(pixels(copied)).isEqualTo(chartAlone).isNotEqualTo(withControls);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
