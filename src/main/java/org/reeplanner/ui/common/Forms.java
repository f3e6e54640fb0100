package org.reeplanner.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;

/** Small builders for the repeated form pieces: labelled rows, whole-number spinners, tooltips and error labels. */
public final class Forms {
    private static final double TOOLTIP_WIDTH = 360;
    private static final double SPINNER_WIDTH = 124;

    private Forms() {
    }

    /** Adds "label  control  suffix" as the next row of a two- or three-column grid. */
    public static void row(GridPane grid, String label, Node control, String suffix) {
        int row = grid.getRowCount();
        Label caption = new Label(label);
        caption.getStyleClass().add("form-label");
        caption.setLabelFor(control);
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
        if (suffix != null) {
            Label unit = new Label(suffix);
            unit.getStyleClass().add("form-unit");
            grid.add(unit, 2, row);
        }
    }

    /**
     * A whole-number spinner bound both ways to {@code value}. Not editable as text: its arrows and the keyboard
     * keep every value inside the range, so there is no text to refuse.
     */
    public static Spinner<Integer> spinner(String id, int min, int max, int step, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step);
        factory.valueProperty().bindBidirectional(value);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(false);
        spinner.setPrefWidth(SPINNER_WIDTH);
        spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        return spinner;
    }

    /** A tooltip that wraps long help text and shows quickly. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        tip.setShowDelay(Duration.millis(350));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** A red message line that takes no room while {@code message} is empty. */
    public static Label errorLabel(String id, ObservableValue<String> message) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.map(m -> !m.isEmpty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
