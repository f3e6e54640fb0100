package org.reeplanner.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.Problem;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.Presets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private final List<List<Problem>> badFiles = new ArrayList<>();
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);

    @Start
    void start(Stage stage) {
        ScenarioReader reader = new ScenarioReader(Shipped.DATA.focusAreas());
        CompareSources sources = new CompareSources(new CompareViewModel(Shipped.MODEL),
                () -> Shipped.scenario("seed-baseline").withName("My plan"), new Presets(reader), reader,
                BackgroundTasks.sameThread(), (file, problems) -> badFiles.add(problems));
        stage.setScene(new Scene(new CompareView(sources, window -> null, cursor), 1200, 760));
        stage.show();
    }

    @Test
    void startsEmptyWithAnExplanation(FxRobot robot) {
        assertThat(robot.lookup("#compare-empty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#compare-chart").queryAs(LineChart.class).getData()).isEmpty();
    }

    @Test
    void overlaysUpToFourScenariosInDistinctStylesWithALegendAndTheKpiTable(FxRobot robot) {
        pinSnapshot(robot);
        for (String preset : List.of("no-new-investment", "accelerated-allied", "export-ban-stress")) {
            robot.clickOn("#compare-add-preset").clickOn("#compare-preset-" + preset);
        }

        LineChart<?, ?> chart = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(4).allSatisfy(s -> assertThat(s.getData()).hasSize(16));
        assertThat(chart.getData()).extracting(s -> s.getNode().getStyle()).doesNotHaveDuplicates()
                .allSatisfy(style -> assertThat(style).contains("-fx-stroke: #"));
        assertThat(chart.getData().get(1).getNode().getStyle()).contains("-fx-stroke-dash-array");
        assertThat(robot.lookup(".compare-legend-entry").queryAll()).hasSize(4);
        assertThat(robot.lookup("#compare-pin-snapshot").queryButton().isDisabled()).as("four is the limit").isTrue();
        assertThat(robot.lookup("#compare-cell-0-0").queryAs(Label.class).getText()).matches("\\d+%");
        assertThat(robot.lookup("#compare-diff-0-2").queryAs(Label.class).getText()).endsWith("pp");
        assertThat(robot.lookup("#compare-empty").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void removingAScenarioRemovesItsLine(FxRobot robot) {
        pinSnapshot(robot);
        robot.clickOn("#compare-add-preset").clickOn("#compare-preset-no-new-investment");

        robot.clickOn("#compare-remove-0");

        LineChart<?, ?> chart = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).singleElement().extracting(s -> s.getName()).isEqualTo("No new investment");
    }

    @Test
    void aSnapshotIsPinnedUnderTheNameGivenAndTheKpiYearIsTheWindows(FxRobot robot) {
        robot.clickOn("#compare-pin-snapshot");
        var field = robot.lookup("#snapshot-dialog .text-field").queryTextInputControl();
        robot.interact(() -> field.setText("Before the review"));
        robot.clickOn(field).type(KeyCode.ENTER);
        robot.interact(() -> cursor.moveTo(2038));

        LineChart<?, ?> chart = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).singleElement().extracting(s -> s.getName()).isEqualTo("Before the review");
        assertThat(robot.lookup("#compare-year").queryComboBox().getValue()).isEqualTo(2038);
        assertThat(robot.lookup("#compare-table").query().lookupAll(".label")).anySatisfy(l ->
                assertThat(((Label) l).getText()).isEqualTo("KPI in 2038"));
    }

    @Test
    void theAxisIsZoomedToTheDataRatherThanStartingAtZero(FxRobot robot) {
        robot.interact(() -> cursor.moveTo(2030));
        pinSnapshot(robot);
        robot.clickOn("#compare-add-preset").clickOn("#compare-preset-accelerated-allied");

        NumberAxis axis = (NumberAxis) robot.lookup("#compare-chart").queryAs(LineChart.class).getYAxis();
        assertThat(axis.getLowerBound()).isGreaterThan(0);
    }

    private static void pinSnapshot(FxRobot robot) {
        robot.clickOn("#compare-pin-snapshot");
        robot.type(KeyCode.ENTER);
    }
}
