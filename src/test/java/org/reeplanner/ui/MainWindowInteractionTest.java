package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main interactions of the window, driven headless through the real controls and found by id. */
@ExtendWith(ApplicationExtension.class)
class MainWindowInteractionTest {
    private static final String SPEND_CARD = "#kpi-programme-spend-value";

    @Start
    void start(Stage stage) {
        new PlannerApp().start(stage);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static XYChart.Series<Number, Number> series(FxRobot robot, String chart, String name) {
        AreaChart<Number, Number> c = robot.lookup(chart).queryAs(AreaChart.class);
        return c.getData().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static double value2035(XYChart.Series<Number, Number> s) {
        return s.getData().get(10).getYValue().doubleValue();
    }

    @Test
    void draggingASliderRecomputesTheCardsAndTheChart(FxRobot robot) throws Exception {
        var allied = series(robot, "#chart-supply", "Allied (U.S. + Australia)");
        double before = value2035(allied);
        assertThat(text(robot, SPEND_CARD)).isEqualTo("5.5");

        robot.drag("#lever-mining-slider .thumb").moveBy(80, 0).drop();
        waitUntil(() -> !text(robot, SPEND_CARD).equals("5.5"));

        double mining = Double.parseDouble(robot.lookup("#lever-mining-field").queryAs(TextField.class).getText());
        assertThat(mining).isGreaterThan(3.5);
        assertThat(value2035(allied)).isGreaterThan(before);
        assertThat(text(robot, "#lever-total")).isEqualTo("USD " + text(robot, SPEND_CARD) + " bn");
    }

    @Test
    void theHeavySwitchShowsHeavySeparationAndWorldHeavyDemandOnTheSupplyChart(FxRobot robot) throws Exception {
        var allied = series(robot, "#chart-supply", "Allied (U.S. + Australia)");
        var demand = series(robot, "#chart-supply", "World heavy demand");
        assertThat(demand.getNode().isVisible()).isFalse();
        assertThat(robot.lookup("#chart-supply-legend-heavy-demand").query().isVisible()).isFalse();
        double mined = value2035(allied);

        robot.clickOn("#supply-group-heavy");
        waitUntil(() -> value2035(allied) < mined / 10);

        assertThat(demand.getNode().isVisible()).isTrue();
        assertThat(robot.lookup("#chart-supply-legend-heavy-demand").query().isVisible()).isTrue();
        assertThat(robot.lookup(".panel-title").queryAs(Label.class).getText())
                .isEqualTo("Heavy rare-earth (Dy+Tb) oxide output by region");
        assertThat(robot.lookup("#supply-stage-mining").query().getParent().isDisabled()).isTrue();
    }

    @Test
    void arrowKeysMoveAFocusedSlider(FxRobot robot) throws Exception {
        robot.clickOn("#supply-stage-separation");
        var allied = series(robot, "#chart-supply", "Allied (U.S. + Australia)");
        double before = value2035(allied);
        Slider slider = robot.lookup("#lever-processing-slider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);

        robot.type(KeyCode.RIGHT, 3);
        waitUntil(() -> value2035(allied) > before);

        assertThat(robot.lookup("#lever-processing-field").queryAs(TextField.class).getText()).isEqualTo("0.6");
        assertThat(text(robot, "#kpi-share-china-separation-change")).matches("\u2212\\d+\\.\\d pp");
        assertThat(robot.lookup("#kpi-share-china-separation").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("better"));
    }

    @Test
    void badTextInALeverFieldIsRefusedVisibly(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#lever-mining-field").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(6).write("3,5");

        Label error = robot.lookup("#lever-mining-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Use a dot for decimals, e.g. 3.5.");
        assertThat(field.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));

        robot.type(KeyCode.ENTER);
        assertThat(field.getText()).isEqualTo("3,5");
        assertThat(error.isVisible()).isTrue();
        assertThat(text(robot, SPEND_CARD)).isEqualTo("5.5");

        robot.type(KeyCode.ESCAPE);
        assertThat(field.getText()).isEqualTo("3.5");
        assertThat(error.isVisible()).isFalse();
        assertThat(field.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("danger"));
    }

    @Test
    void anAmountBeyondTheSliderStretchesItsRangeWithANotice(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#lever-trade-field").queryAs(TextField.class);
        Slider slider = robot.lookup("#lever-trade-slider").queryAs(Slider.class);
        Label notice = robot.lookup("#lever-trade-range-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isFalse();

        robot.doubleClickOn(field).eraseText(6).write("8").type(KeyCode.ENTER);

        waitUntil(() -> slider.getMax() == 8 && slider.getValue() == 8);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("reaches 8");
    }

    @Test
    void clickingALegendEntryHidesAndShowsItsSeries(FxRobot robot) {
        Node alliedNode = series(robot, "#chart-supply", "Allied (U.S. + Australia)").getNode();
        Node entry = robot.lookup("#chart-supply-legend-allied").query();

        robot.clickOn(entry);
        assertThat(alliedNode.isVisible()).isFalse();
        assertThat(entry.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("off"));

        robot.clickOn(entry);
        assertThat(alliedNode.isVisible()).isTrue();
    }

    @Test
    void theYearCursorMovesTheKpiCards(FxRobot robot) throws Exception {
        AreaChart<?, ?> chart = robot.lookup("#chart-supply").queryAs(AreaChart.class);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        NumberAxis y = (NumberAxis) chart.getYAxis();
        Point2D at2036 = new Point2D(x.localToScreen(x.getDisplayPosition(2036), 0).getX(),
                y.localToScreen(0, y.getDisplayPosition(y.getUpperBound() / 2)).getY());

        robot.clickOn(at2036);
        waitUntil(() -> text(robot, "#kpi-programme-spend-title").contains("to 2036"));
        assertThat(robot.lookup("#target-year").queryAs(ComboBox.class).getValue()).isEqualTo(2036);
        Line line = robot.lookup("#chart-supply .year-cursor").queryAs(Line.class);
        waitUntil(() -> Math.abs(line.getStartX() - x.getDisplayPosition(2036)) < 1);
        assertThat(robot.lookup("#chart-supply .year-cursor-label").queryAs(Label.class).getText()).isEqualTo("2036");
        assertThat(robot.lookup("#chart-supply-panel .hover-title").queryAs(Label.class).getText()).isEqualTo("2036");

        robot.type(KeyCode.LEFT);
        waitUntil(() -> text(robot, "#kpi-programme-spend-title").contains("to 2035"));

        robot.interact(() -> robot.lookup("#target-year").queryAs(ComboBox.class).setValue(2027));
        // The card shows its full or, on narrow cards, its short title; both name the year.
        assertThat(text(robot, "#kpi-programme-spend-title")).contains("to 2027");
    }

    @Test
    void theTableCopiesTabSeparatedTextForExcel(FxRobot robot) throws Exception {
        robot.clickOn("#tab-table");
        robot.clickOn("#table-copy");

        String copied = clipboard(robot);
        assertThat(copied).startsWith("Series\tID\tUnit\t2025\t2026\t");
        String[] mining = copied.split("\n")[1].split("\t");
        assertThat(mining).startsWith("China mine output", "mining.china.t", "t REO");
        assertThat(Double.parseDouble(mining[3])).isCloseTo(270_000, within(1.0));
        assertThat(text(robot, "#status-notice")).startsWith("Copied ");

        TableView<?> table = robot.lookup("#table-series").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn(table).press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard(robot).split("\n")).hasSize(2);
    }

    @Test
    void menuShortcutsSwitchTabsAndResetTheLevers(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-china-share");

        robot.interact(() -> robot.lookup("#lever-mining-slider").queryAs(Slider.class).setValue(10));
        waitUntil(() -> text(robot, SPEND_CARD).equals("12.0"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> text(robot, SPEND_CARD).equals("5.5"));
        assertThat(robot.lookup("#lever-mining-field").queryAs(TextField.class).getText()).isEqualTo("3.5");
    }

    @Test
    void rightClickCopiesTheChartAsAnImage(FxRobot robot) {
        robot.rightClickOn("#chart-supply");
        robot.clickOn("Copy image");

        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertThat(image[0]).isNotNull();
        Node panel = robot.lookup("#chart-supply-panel").query();
        assertThat(image[0].getWidth()).isCloseTo(panel.getLayoutBounds().getWidth() * 2, within(2.0));
    }

    private static String clipboard(FxRobot robot) {
        String[] holder = new String[1];
        robot.interact(() -> holder[0] = Clipboard.getSystemClipboard().getString());
        return holder[0];
    }
}
