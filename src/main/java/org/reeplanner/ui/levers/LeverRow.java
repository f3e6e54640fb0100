package org.reeplanner.ui.levers;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * One lever in the panel: name with its help, the exact field and unit, the slider, the field's error line, and a
 * collapsed section with the programme's start year, duration and U.S./Australia cost share, and a pin that keeps
 * the lever on screen in presentation mode (where everything but the name, slider and field hides). Ids follow
 * {@code lever-<focusAreaId>-<part>}.
 */
final class LeverRow extends VBox {
    private static final int FIELD_COLUMNS = 5;
    private static final int SHARE_STEP = 5;

    LeverRow(LeverViewModel vm, ObservableBooleanValue presenting) {
        String id = "lever-" + vm.id();
        setId(id);
        getStyleClass().add("lever-row");
        Label name = new Label(vm.name(), Icon.INFO.node());
        name.setContentDisplay(ContentDisplay.RIGHT);
        name.getStyleClass().add("lever-name");
        Forms.tooltip(name, vm.help());
        Slider slider = slider(vm, id);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label unit = new Label(LeverViewModel.UNIT);
        unit.getStyleClass().add("lever-unit");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(slider, field(vm, id), unit);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("lever-controls");
        ToggleButton pin = pin(vm, id);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(name, gap, pin);
        title.setAlignment(Pos.CENTER_LEFT);
        Label error = Forms.errorLabel(id + "-error", vm.errorProperty());
        Label notice = Forms.errorLabel(id + "-range-notice", vm.rangeNoticeProperty());
        notice.getStyleClass().setAll("label", "lever-range-notice");
        TitledPane timing = timing(vm, id);
        getChildren().addAll(title, controls, error, notice, timing);
        BooleanExpression editing = Bindings.not(presenting);
        visibleProperty().bind(editing.or(vm.pinnedProperty()));
        managedProperty().bind(visibleProperty());
        for (Node node : new Node[] {pin, timing}) {
            node.visibleProperty().bind(editing);
            node.managedProperty().bind(editing);
        }
    }

    private static ToggleButton pin(LeverViewModel vm, String id) {
        ToggleButton pin = new ToggleButton(null, Icon.PIN.node());
        pin.setId(id + "-pin");
        pin.getStyleClass().addAll("lever-pin", Styles.FLAT, Styles.BUTTON_ICON);
        pin.selectedProperty().bindBidirectional(vm.pinnedProperty());
        Forms.tooltip(pin, Messages.get("lever.pin.help"));
        pin.setAccessibleText(Messages.format("lever.pin.accessible", vm.name()));
        return pin;
    }

    private static TextField field(LeverViewModel vm, String id) {
        TextField field = new TextField();
        field.setId(id + "-field");
        field.getStyleClass().add("lever-field");
        field.setPrefColumnCount(FIELD_COLUMNS);
        field.setAlignment(Pos.CENTER_RIGHT);
        // The field shows the view model's text (the amount, or what is being typed) and reports what is typed.
        vm.textProperty().subscribe(shown -> {
            if (!shown.equals(field.getText())) {
                field.setText(shown);
            }
        });
        field.textProperty().subscribe(vm::type);
        Forms.tooltip(field, vm.fieldHelp());
        field.setAccessibleText(Messages.format("lever.field.accessible", vm.name()));
        vm.errorProperty().subscribe(e -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !e.isEmpty()));
        field.setOnAction(e -> vm.commitText());
        field.focusedProperty().subscribe((was, focused) -> {
            if (!focused) {
                vm.commitText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.revertText();
                e.consume();
            }
        });
        return field;
    }

    private static Slider slider(LeverViewModel vm, String id) {
        Slider slider = new Slider(0, vm.sliderMax(), vm.amountProperty().get());
        slider.setId(id + "-slider");
        slider.setBlockIncrement(vm.step());
        slider.setAccessibleText(Messages.format("lever.slider.accessible", vm.name()));
        slider.accessibleHelpProperty().bind(vm.sliderHelpProperty());
        Forms.tooltip(slider, vm.help());
        // Scenario -> slider: the thumb shows the lever's amount, within the range the view model derives.
        Runnable show = () -> showWithin(vm.sliderMax() >= slider.getMax(), () -> slider.setMax(vm.sliderMax()),
                () -> slider.setValue(vm.amountProperty().get()));
        vm.amountProperty().subscribe(show);
        vm.sliderMaxProperty().subscribe(show);
        // Slider -> scenario: a move is an edit (the amount shown already edits nothing); a drag is one undo step.
        slider.valueProperty().subscribe((before, value) -> vm.setAmount(value.doubleValue()));
        slider.valueChangingProperty().subscribe((was, changing) -> vm.changing(changing));
        // JavaFX marks only a drag of the thumb as changing; a press on the track that drags on is one too.
        Forms.whileHeld(slider::setValueChanging, slider);
        return slider;
    }

    /**
     * Shows a new value and top on a bounded control (the slider, the duration's spinner) in the order that never
     * clamps the value: the top grows before the value moves and shrinks after it. A clamped value would be taken
     * for the user's move, and so for an edit of the scenario.
     */
    private static void showWithin(boolean grows, Runnable top, Runnable value) {
        if (grows) {
            top.run();
            value.run();
        } else {
            value.run();
            top.run();
        }
    }

    /**
     * The collapsed timing section. Its spinners are built when it is first expanded: nine levers' worth of spinners
     * were over half the window's nodes and slowed its opening noticeably (docs/performance.md).
     */
    private static TitledPane timing(LeverViewModel vm, String id) {
        TitledPane pane = new TitledPane();
        pane.setId(id + "-timing");
        pane.textProperty().bind(vm.timingSummary());
        pane.setExpanded(false);
        pane.expandedProperty().subscribe(expanded -> {
            if (expanded && pane.getContent() == null) {
                pane.setContent(timingForm(vm, id));
            }
        });
        pane.setAnimated(false);
        pane.getStyleClass().addAll("lever-timing", Styles.DENSE);
        Forms.tooltip(pane, Messages.format("lever.timing.help", vm.lastStartYear()));
        return pane;
    }

    private static GridPane timingForm(LeverViewModel vm, String id) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Spinner<Integer> start = Forms.spinner(id + "-start", vm.firstStartYear(), vm.lastStartYear(), 1,
                vm.startYearProperty());
        Spinner<Integer> duration = Forms.spinner(id + "-duration", 1, vm.maxDurationProperty().get(), 1,
                vm.durationYearsProperty());
        IntegerSpinnerValueFactory years = (IntegerSpinnerValueFactory) duration.getValueFactory();
        vm.maxDurationProperty().subscribe(max -> showWithin(max.intValue() >= years.getMax(),
                () -> years.setMax(max.intValue()), () -> years.setValue(vm.durationYearsProperty().get())));
        Spinner<Integer> share = Forms.spinner(id + "-us-share", 0, 100, SHARE_STEP, vm.usSharePercentProperty());
        Forms.whileHeld(vm::changing, start, duration, share);
        Forms.row(grid, Messages.get("lever.timing.start"), start, null);
        Forms.row(grid, Messages.get("lever.timing.duration"), duration, Messages.get("lever.timing.years"));
        Forms.row(grid, Messages.get("lever.timing.usShare"), share, "%");
        Label australia = new Label();
        australia.textProperty().bind(vm.usSharePercentProperty()
                .map(p -> Messages.format("lever.timing.australia", 100 - p)));
        australia.getStyleClass().add("form-note");
        grid.add(australia, 1, grid.getRowCount(), 2, 1);
        return grid;
    }
}
