package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The "where the ore goes" picture on screen: bands as wide as their tonnes, following the year, taken as a picture. */
@ExtendWith(ApplicationExtension.class)
class OreFlowViewTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);
    private OreFlowViewModel vm;
    private OreFlowView panel;

    @Start
    void start(Stage stage) {
        vm = new OreFlowViewModel(session.resultProperty(), cursor);
        // The right-click menu is built on first use; these tests take the picture directly.
        panel = new OreFlowView(vm, new PlotImages(null));
        stage.setScene(new Scene(panel, 900, 420));
        stage.sizeToScene();
        stage.show();
    }

    private static double height(FxRobot robot, OreRoute route) {
        return robot.lookup("#ore-flow-" + route.key() + "-bar").queryAs(Rectangle.class).getHeight();
    }

    @Test
    void eachRoutesBandIsAsWideAsItsTonnesAndLabelledWithThem(FxRobot robot) {
        double stock = vm.band(OreRoute.STOCKPILED).tonnes();
        double allied = vm.band(OreRoute.ALLIED_REFINING).tonnes();

        assertThat(height(robot, OreRoute.ALLIED_REFINING) / height(robot, OreRoute.STOCKPILED))
                .isCloseTo(allied / stock, within(0.02));
        assertThat(robot.lookup("#chart-ore-flow-title").queryAs(Label.class).getText())
                .isEqualTo("Where allied ore goes in 2030");
        assertThat(robot.lookup("#ore-flow-stock").lookup(".ore-flow-value").queryAs(Label.class).getText())
                .isEqualTo(vm.band(OreRoute.STOCKPILED).valueProperty().get());
    }

    @Test
    void followsTheYearCursor(FxRobot robot) {
        double before = height(robot, OreRoute.ALLIED_REFINING);

        robot.interact(() -> cursor.moveTo(2038));

        assertThat(robot.lookup("#chart-ore-flow-title").queryAs(Label.class).getText())
                .isEqualTo("Where allied ore goes in 2038");
        double total = vm.totalProperty().get();
        double share = vm.band(OreRoute.ALLIED_REFINING).tonnes() / total;
        double drawn = 0;
        for (OreRoute r : OreRoute.values()) {
            drawn += vm.band(r).tonnes() > 0 ? height(robot, r) : 0;
        }
        assertThat(height(robot, OreRoute.ALLIED_REFINING) / drawn).isCloseTo(share, within(0.02));
        assertThat(height(robot, OreRoute.ALLIED_REFINING)).isNotEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {420, 260, 170})
    void routeLabelsNeverOverlapHoweverShortThePicture(int height, FxRobot robot) {
        robot.interact(() -> {
            panel.getScene().getWindow().setHeight(height);
            panel.getScene().getRoot().applyCss();
            panel.getScene().getRoot().layout();
        });

        List<Bounds> labels = Arrays.stream(OreRoute.values())
                .map(r -> robot.lookup("#ore-flow-" + r.key()).query().getBoundsInParent()).toList();
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).getMinY()).as("%d px: label %d", height, i)
                    .isGreaterThanOrEqualTo(labels.get(i - 1).getMaxY());
        }
    }

    @Test
    void itsPictureIsTakenAtLeastFullHdLikeTheCharts(FxRobot robot) {
        double scale = PlotImages.saveScale(panel.getWidth(), panel.getHeight());
        WritableImage[] image = new WritableImage[1];

        robot.interact(() -> image[0] = PlotImages.snapshot(panel, scale));

        assertThat(image[0].getWidth()).isGreaterThanOrEqualTo(1920);
        assertThat(image[0].getHeight()).isGreaterThanOrEqualTo(1080);
    }
}
