package org.reeplanner.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reeplanner.ui.common.ChoiceOption;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The series picker: typing narrows the long list of series to the names that contain the text. */
@ExtendWith(ApplicationExtension.class)
class SeriesPickerTest {
    private final StringProperty chosen = new SimpleStringProperty("mining.china.t");
    private ComboBox<ChoiceOption> picker;

    @Start
    void start(Stage stage) {
        picker = SeriesPicker.of("picker", List.of(new ChoiceOption("mining.china.t", "China mine output"),
                new ChoiceOption("separation.allied.t", "Allied separated output"),
                new ChoiceOption("risk.index", "Supply-risk index")), chosen);
        stage.setScene(new Scene(new VBox(picker), 400, 300));
        stage.show();
    }

    @Test
    void typingNarrowsTheListAndEnterChoosesTheSeries(FxRobot robot) {
        robot.clickOn(picker);
        robot.write("risk");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chosen.get()).isEqualTo("risk.index");
        assertThat(picker.getValue().label()).isEqualTo("Supply-risk index");
    }

    @Test
    void aChoiceMadeElsewhereShowsInThePicker(FxRobot robot) {
        robot.interact(() -> chosen.set("separation.allied.t"));

        assertThat(picker.getValue().label()).isEqualTo("Allied separated output");
    }
}
