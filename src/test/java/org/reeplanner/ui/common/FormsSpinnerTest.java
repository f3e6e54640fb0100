package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole-number spinners of the timing and event settings: typed, stepped with Up/Down, bad text put back. */
@ExtendWith(ApplicationExtension.class)
class FormsSpinnerTest {
    private final ObjectProperty<Integer> share = new SimpleObjectProperty<>(50);
    private Spinner<Integer> spinner;

    @Start
    void start(Stage stage) {
        spinner = Forms.spinner("us-share", 0, 100, 5, share);
        Button next = new Button("Next");
        next.setId("next");
        stage.setScene(new Scene(new HBox(10, spinner, next), 400, 120));
        stage.show();
    }

    @Test
    void aTypedValueIsTakenOnEnter(FxRobot robot) {
        robot.doubleClickOn(spinner.getEditor()).eraseText(4).write("62").type(KeyCode.ENTER);

        assertThat(share.get()).isEqualTo(62);
    }

    @Test
    void upAndDownStepTheValueInsteadOfMovingTheFocus(FxRobot robot) {
        robot.clickOn(spinner.getEditor()).type(KeyCode.UP).type(KeyCode.UP);

        assertThat(share.get()).isEqualTo(60);
        assertThat(spinner.getEditor().isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(share.get()).isEqualTo(55);
    }

    @Test
    void textThatIsNoNumberIsPutBackVisiblyOnLeavingTheField(FxRobot robot) {
        robot.doubleClickOn(spinner.getEditor()).eraseText(4).write("sixty");
        robot.clickOn("#next");

        assertThat(share.get()).isEqualTo(50);
        assertThat(spinner.getEditor().getText()).isEqualTo("50");
        assertThat(spinner.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));
    }

    @Test
    void aValueOutsideTheRangeIsBroughtInside(FxRobot robot) {
        robot.doubleClickOn(spinner.getEditor()).eraseText(4).write("140").type(KeyCode.ENTER);

        assertThat(share.get()).isEqualTo(100);
        assertThat(spinner.getEditor().getText()).isEqualTo("100");
    }
}
