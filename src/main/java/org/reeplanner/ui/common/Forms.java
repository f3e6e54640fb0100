package org.reeplanner.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** Small builders for the repeated form pieces: labelled rows, whole-number spinners, tooltips and error labels. */
public final class Forms {
    private static final double TOOLTIP_WIDTH = 360;
    private static final double SPINNER_WIDTH = 112;
    private static final double SPINNER_MIN_WIDTH = 84;
    private static final String TOOLTIP_KEY = "ree.tooltip";
    private static final Duration REFUSED_FLASH = Duration.seconds(1.5);

    private Forms() {
    }

    /** Adds "label  control  suffix" as the next row of a two- or three-column grid. */
    public static void row(GridPane grid, String label, Node control, String suffix) {
        int row = grid.getRowCount();
        Label caption = new Label(label);
        caption.getStyleClass().add("form-label");
        caption.setLabelFor(control);
        // Captions and units are never cut; in a narrow panel the control gives up the width instead.
        caption.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
        if (suffix != null) {
            Label unit = new Label(suffix);
            unit.getStyleClass().add("form-unit");
            unit.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(unit, 2, row);
        }
    }

    /**
     * A whole-number spinner bound both ways to {@code value}: typeable (a value outside the range is brought
     * inside it), stepped by its buttons and by Up/Down (which would otherwise move the focus). Text that is not a
     * whole number is refused: on Enter or on leaving the field the last good value comes back, flagged briefly.
     */
    public static Spinner<Integer> spinner(String id, int min, int max, int step, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        factory.valueProperty().bindBidirectional(value);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(SPINNER_WIDTH);
        spinner.setMinWidth(SPINNER_MIN_WIDTH);
        // Arrows stacked on the right (not split on both sides), so that a narrow panel still shows "2027" whole.
        spinner.getEditor().setAlignment(Pos.CENTER);
        // On the editor: the spinner also hears the editor's keys again, which would step twice.
        spinner.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                spinner.commitValue();
                factory.increment(e.getCode() == KeyCode.UP ? 1 : -1);
                e.consume();
            }
        });
        Runnable settle = () -> {
            spinner.commitValue();
            String shown = factory.getConverter().toString(factory.getValue());
            if (!shown.equals(spinner.getEditor().getText().strip())) {
                spinner.getEditor().setText(shown);
                flashRefused(spinner);
            }
        };
        spinner.getEditor().addEventHandler(ActionEvent.ACTION, e -> settle.run());
        spinner.focusedProperty().subscribe((was, focused) -> {
            if (!focused) {
                settle.run();
            }
        });
        return spinner;
    }

    /**
     * Tells {@code changing} {@code true} when the mouse presses one of {@code nodes} and {@code false} when it lets
     * go: what a held spinner arrow (which repeats) or a slider drag changes in between is one undo step.
     */
    public static void whileHeld(Consumer<Boolean> changing, Node... nodes) {
        for (Node node : nodes) {
            node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> changing.accept(true));
            node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> changing.accept(false));
        }
    }

    /** Marks {@code control} with the danger state for a moment: its text was refused and put back. */
    private static void flashRefused(Control control) {
        control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        PauseTransition off = new PauseTransition(REFUSED_FLASH);
        off.setOnFinished(e -> control.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        off.play();
    }

    /**
     * Gives {@code node} the help text {@code text} as a tooltip, made on the first hover: every {@code Tooltip} is
     * its own popup window and the main window's sixty cost ~7 % of the start-up's FX-thread work
     * (docs/performance.md). Until then the text is the node's accessible help (unless it has its own), which is
     * also what assistive technology reads from a control's tooltip.
     */
    public static void tooltip(Node node, String text) {
        tooltip(node, Bindings.createStringBinding(() -> text));
    }

    /** As {@link #tooltip(Node, String)}, with help text that follows {@code text}. */
    public static void tooltip(Node node, ObservableValue<String> text) {
        if (node.getAccessibleHelp() == null && !node.accessibleHelpProperty().isBound()) {
            node.accessibleHelpProperty().bind(text);
        }
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = tooltip("");
                tip.textProperty().bind(text);
                node.getProperties().put(TOOLTIP_KEY, tip);
                if (node instanceof Control control) {
                    control.setTooltip(tip);
                } else {
                    Tooltip.install(node, tip);
                }
            }
        });
    }

    /** The tooltip {@link #tooltip(Node, String)} made on {@code node}'s first hover, or null before it. */
    public static Tooltip tooltipOf(Node node) {
        return (Tooltip) node.getProperties().get(TOOLTIP_KEY);
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
