package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts get the room at every window size: the KPI cards stay one strip, the summary one line, and the chart
 * panel at least half the window's height (the scene sizes of the first start on common screens).
 */
class ChartsFirstLayoutTest {
    private Stage stage;
    private AppHarness harness;

    private FxRobot open(double width, double height) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> harness = AppHarness.show(stage, width, height));
        WaitForAsyncUtils.waitForFxEvents();
        return new FxRobot();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            harness.close();
            stage.hide();
        });
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1092, 655", "1300, 735", "1536, 839"})
    void theChartTakesAtLeastHalfTheWindowAndTheCardsOneRow(double width, double height) throws Exception {
        FxRobot robot = open(width, height);

        Node panel = robot.lookup("#chart-supply-panel").query();
        assertThat(panel.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(height / 2);
        double firstRow = robot.lookup("#kpi-share-china-separation").query().getBoundsInParent().getMinY();
        assertThat(robot.lookup(".kpi-card").<Node>queryAll()).allSatisfy(card ->
                assertThat(card.getBoundsInParent().getMinY()).isEqualTo(firstRow));
        assertThat(robot.lookup("#narrative").queryAs(Label.class).isWrapText()).isFalse();
    }

    @Test
    void aNarrowWindowShowsTheCardsAsACompactStripWithTheBaselineInTheTooltip() throws Exception {
        FxRobot robot = open(1092, 655);

        assertThat(robot.lookup("#kpi-cards").query().getPseudoClassStates()).anyMatch(p ->
                p.getPseudoClassName().equals("compact"));
        assertThat(robot.lookup("#kpi-share-china-separation-baseline").query().isManaged()).isFalse();
        assertThat(robot.lookup("#kpi-share-china-separation-change").query().isVisible()).isTrue();
    }

    @Test
    void theSummaryShowsInFullOnClickAndFoldsBackOnASecondClick() throws Exception {
        FxRobot robot = open(1092, 655);
        Label narrative = robot.lookup("#narrative").queryAs(Label.class);
        double oneLine = narrative.getHeight();

        robot.clickOn("#narrative-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narrative.isWrapText()).isTrue();
        assertThat(narrative.getHeight()).isGreaterThan(oneLine * 1.5);

        robot.clickOn("#narrative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narrative.getHeight()).isEqualTo(oneLine);
    }
}
