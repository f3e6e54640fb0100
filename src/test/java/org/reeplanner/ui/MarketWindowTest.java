package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Market tab and the Seed promises strip in the real main window. */
@ExtendWith(ApplicationExtension.class)
class MarketWindowTest {

    @Start
    void start(Stage stage) {
        new PlannerApp().start(stage);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String floorLabel(FxRobot robot) {
        return robot.lookup("#chart-price-panel .chart-marker").queryAll().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    private static void openMarket(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlMShowsThePriceChartAndWhereTheOreGoesForTheTargetYear(FxRobot robot) {
        openMarket(robot);

        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-market");
        Node price = robot.lookup("#chart-price-panel").query();
        assertThat(price.isVisible()).isTrue();
        assertThat(floorLabel(robot)).isEqualTo("Price floor USD 110/kg (not funded in this scenario)");
        assertThat(text(robot, "#chart-ore-flow-title")).isEqualTo("Where allied ore goes in 2030");

        robot.interact(() -> robot.lookup("#target-year").queryComboBox().setValue(2036));

        assertThat(text(robot, "#chart-ore-flow-title")).isEqualTo("Where allied ore goes in 2036");
    }

    @Test
    void moneyForThePriceFloorRelabelsItsLine(FxRobot robot) throws Exception {
        openMarket(robot);
        TextField field = robot.lookup("#lever-offtake-field").queryAs(TextField.class);

        robot.interact(() -> {
            field.setText("3");
            field.fireEvent(new ActionEvent());
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> floorLabel(robot).equals("Price floor USD 110/kg on covered allied output"));
    }

    @Test
    void theSeedPromisesStripShowsEachPromiseForTheTargetYear(FxRobot robot) {
        assertThat(text(robot, "#seed-promises-title")).isEqualTo("Seed promises for 2035, in 2030:");
        assertThat(text(robot, "#seed-promise-mining")).startsWith("Mine output +").endsWith("(promised +40%)");

        robot.interact(() -> robot.lookup("#target-year").queryComboBox().setValue(2035));

        assertThat(text(robot, "#seed-promise-recovery")).isEqualTo("Recovery rate 15% (promised 15%)");
        assertThat(robot.lookup("#seed-promise-recovery").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("kept"));
    }
}
