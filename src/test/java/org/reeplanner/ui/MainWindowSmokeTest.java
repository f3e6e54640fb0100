package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.ui.kpi.KpiCardKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new PlannerApp().start(stage);
    }

    @Test
    void opensOnTheSeedBaselineWithTitleAndHeadline(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Rare Earth Resilience Planner — Seed baseline");
        assertThat(robot.lookup("#scenario-title").queryAs(Label.class).getText()).isEqualTo("Seed baseline");
        assertThat(robot.lookup("#results-headline").queryAs(Label.class).getText()).isEqualTo("Key results for");
        assertThat(robot.lookup("#target-year").queryComboBox().getValue()).isEqualTo(2030);
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).startsWith("model run ");
    }

    @Test
    void getsTheAppIconInSevenSizesOnceTheyAreDecodedInTheBackground() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());

        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void showsTheSevenKpiCardsWithValuesAndColours(FxRobot robot) {
        assertThat(robot.lookup(".kpi-card").queryAll()).hasSize(7);
        for (KpiCardKind kind : KpiCardKind.values()) {
            Node card = robot.lookup("#" + kind.cardId()).query();
            assertThat(card.isVisible()).isTrue();
            String value = robot.lookup("#" + kind.cardId() + "-value").queryAs(Label.class).getText();
            assertThat(value).as(kind.name()).isNotBlank();
        }
        assertThat(robot.lookup("#kpi-share-china-separation-value").queryAs(Label.class).getText())
                .matches("\\d{1,3}%");
        assertThat(robot.lookup("#kpi-self-sufficiency").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("better"));
        assertThat(robot.lookup("#kpi-programme-spend").query().getPseudoClassStates())
                .as("money spent is neither better nor worse").anyMatch(p -> p.getPseudoClassName().equals("changed"))
                .noneMatch(p -> p.getPseudoClassName().equals("worse"));
    }

    @Test
    void chinaShareChartDrawsThreeScenarioLinesAndThreeDashedBaselines(FxRobot robot) {
        robot.clickOn("#tab-china-share");
        AreaChart<?, ?> chart = robot.lookup("#chart-china-share").queryAs(AreaChart.class);

        // Eight series: the heavy view's line and ghost are there too, hidden until the switch shows them.
        assertThat(chart.getData()).hasSize(8);
        assertThat(chart.getData()).allSatisfy(s -> assertThat(s.getData()).hasSize(16));
        assertThat(chart.getData()).filteredOn(s -> s.getNode().isVisible()).hasSize(6);
        assertThat(chart.getData()).filteredOn(s -> s.getNode().isVisible())
                .filteredOn(s -> s.getNode().getStyleClass().contains("ghost")).hasSize(3);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).contains("Mining", "Separation", "Magnets");
        assertThat(chart.getCreateSymbols()).isFalse();
        assertThat(chart.getAnimated()).isFalse();
        assertThat(chart.getYAxis().getLabel()).isEqualTo("% of world output");
        assertThat(chart.getXAxis().getLabel()).isEqualTo("Year");
        assertThat(robot.lookup(".series-stage-mining.ghost").queryAll()).hasSize(1);
    }

    @Test
    void theChartsShowTheirOwnLegendAndBuildNoneOfJavaFxs(FxRobot robot) {
        assertThat(robot.lookup("#chart-supply-legend-allied").tryQuery()).isPresent();
        assertThat(robot.lookup("#chart-supply .chart-legend").queryAll()).isEmpty();
        assertThat(robot.lookup("#chart-supply .chart-legend-item").queryAll()).isEmpty();
    }
}
