package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help tooltips are made on the first hover (start-up cost), and until then the help is the accessible help. */
@ExtendWith(ApplicationExtension.class)
class FormsTooltipTest {
    private final StringProperty status = new SimpleStringProperty("Idle");
    private Button button;
    private Region badge;
    private Button ownHelp;

    @Start
    void start(Stage stage) {
        button = new Button("Reset");
        button.setId("button");
        Forms.tooltip(button, "Puts every lever back to zero.");
        badge = new Region();
        badge.setId("badge");
        badge.setPrefSize(80, 40);
        Forms.tooltip(badge, status);
        ownHelp = new Button("Slider");
        ownHelp.setId("own-help");
        ownHelp.setAccessibleHelp("Arrow keys move it by 0.1.");
        Forms.tooltip(ownHelp, "The amount to invest.");
        stage.setScene(new Scene(new HBox(40, button, badge, ownHelp), 500, 200));
        stage.show();
    }

    @Test
    void noTooltipIsMadeBeforeTheFirstHoverAndTheHelpIsAccessibleMeanwhile() {
        assertThat(button.getTooltip()).isNull();
        assertThat(Forms.tooltipOf(button)).isNull();
        assertThat(Forms.tooltipOf(badge)).isNull();
        assertThat(button.getAccessibleHelp()).isEqualTo("Puts every lever back to zero.");
        assertThat(badge.getAccessibleHelp()).isEqualTo("Idle");
    }

    @Test
    void hoveringAControlMakesItsTooltipWithTheHelpAndShowsIt(FxRobot robot) throws Exception {
        robot.moveTo("#badge").moveTo("#button").moveBy(3, 1);

        assertThat(button.getTooltip()).isNotNull().isSameAs(Forms.tooltipOf(button));
        assertThat(button.getTooltip().getText()).isEqualTo("Puts every lever back to zero.");
        assertThat(button.getTooltip().isWrapText()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> button.getTooltip().isShowing());
    }

    @Test
    void aTooltipOnAPlainNodeFollowsItsBoundHelpBeforeAndAfterItIsMade(FxRobot robot) {
        robot.interact(() -> status.set("Running 10,000 runs"));
        assertThat(badge.getAccessibleHelp()).isEqualTo("Running 10,000 runs");

        robot.moveTo("#button").moveTo("#badge").moveBy(2, 2);
        Tooltip tip = Forms.tooltipOf(badge);
        assertThat(tip).isNotNull();
        assertThat(tip.getText()).isEqualTo("Running 10,000 runs");
        robot.interact(() -> status.set("Done"));
        assertThat(tip.getText()).isEqualTo("Done");
    }

    @Test
    void aNodesOwnAccessibleHelpIsKept(FxRobot robot) {
        assertThat(ownHelp.getAccessibleHelp()).isEqualTo("Arrow keys move it by 0.1.");

        robot.moveTo("#own-help").moveBy(2, 1);
        assertThat(ownHelp.getTooltip().getText()).isEqualTo("The amount to invest.");
        assertThat(ownHelp.getAccessibleHelp()).isEqualTo("Arrow keys move it by 0.1.");
    }

    @Test
    void theTooltipIsMadeOnceHoweverOftenTheNodeIsHovered(FxRobot robot) {
        robot.moveTo("#button");
        Tooltip first = button.getTooltip();
        robot.moveTo("#badge").moveTo("#button");

        assertThat(first).isNotNull();
        assertThat(button.getTooltip()).isSameAs(first);
    }
}
