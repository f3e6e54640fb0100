package org.reeplanner.ui.levers;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Choices;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.Segmented;

/** The scenario events under the levers: demand outlook as a segmented choice, and China's export restriction. */
final class EventsView extends VBox {
    private static final int SEVERITY_STEP = 5;
    private static final int MONTHS = 12;

    EventsView(EventsViewModel vm) {
        setId("events");
        getStyleClass().add("events");
        Label title = new Label(Messages.get("events.title"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, demand(vm), restriction(vm), Forms.errorLabel("event-error", vm.errorProperty()));
    }

    private static HBox demand(EventsViewModel vm) {
        Label caption = new Label(Messages.get("events.demand"));
        caption.getStyleClass().add("form-label");
        Forms.tooltip(caption, vm.demandHelp());
        Segmented cases = new Segmented("demand", vm.demandOptions(), vm.demandCaseProperty(), false);
        cases.getChildren().forEach(b -> Forms.tooltip(b, vm.demandHelp()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(caption, spacer, cases);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox restriction(EventsViewModel vm) {
        CheckBox enabled = new CheckBox(Messages.get("events.restriction"));
        enabled.setId("event-enabled");
        enabled.selectedProperty().bindBidirectional(vm.restrictionProperty());
        Forms.tooltip(enabled, vm.restrictionHelp());
        enabled.setWrapText(true);
        BooleanBinding off = BooleanExpression.booleanExpression(vm.restrictionProperty()).not();
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "event-settings");
        ComboBox<ChoiceOption> target = Choices.bind(new ComboBox<>(), "event-target", vm.targetOptions(),
                vm.targetProperty());
        // On a row of its own, the panel's full width: the targets' names are long and the grid's column is narrow.
        target.setMaxWidth(Double.MAX_VALUE);
        target.setAccessibleText(Messages.get("events.target"));
        target.disableProperty().bind(off);
        Forms.tooltip(target, Messages.get("events.target.help"));
        Spinner<Integer> startYear = Forms.spinner("event-start-year", vm.firstYear(), vm.lastYear(), 1,
                vm.startYearProperty());
        Forms.row(grid, Messages.get("events.firstYear"), startYear, null);
        ComboBox<ChoiceOption> month = Choices.bind(new ComboBox<>(), "event-start-month", vm.monthOptions(),
                vm.startMonthProperty());
        month.setVisibleRowCount(MONTHS);
        Forms.row(grid, Messages.get("events.firstMonth"), month, null);
        Spinner<Integer> months = Forms.spinner("event-months", 1, vm.maxMonths(), 1, vm.monthsProperty());
        Forms.row(grid, Messages.get("events.duration"), months, Messages.get("events.months"));
        Spinner<Integer> severity = Forms.spinner("event-severity", 0, 100, SEVERITY_STEP,
                vm.severityPercentProperty());
        Forms.row(grid, Messages.get("events.share"), severity, "%");
        // A month-by-month profile sets both the length and the depth; it is cleared to edit them.
        BooleanBinding profiled = vm.profileProperty().isNotEmpty();
        months.disableProperty().bind(profiled);
        severity.disableProperty().bind(profiled);
        Forms.whileHeld(vm::changing, startYear, months, severity);
        grid.disableProperty().bind(off);
        VBox box = new VBox(enabled, target, grid, profile(vm, profiled, off));
        box.getStyleClass().add("event-restriction");
        return box;
    }

    private static HBox profile(EventsViewModel vm, BooleanBinding profiled, BooleanBinding off) {
        Label text = new Label();
        text.setId("event-profile");
        text.getStyleClass().add("form-unit");
        text.textProperty().bind(vm.profileProperty());
        text.setWrapText(true);
        Forms.tooltip(text, Messages.get("events.profile.help"));
        Button clear = new Button(Messages.get("events.profile.clear"));
        clear.setId("event-profile-clear");
        clear.getStyleClass().add(Styles.SMALL);
        clear.setOnAction(e -> vm.clearProfile());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Forms.tooltip(clear, Messages.get("events.profile.clear.help"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(text, spacer, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("event-profile");
        row.visibleProperty().bind(profiled);
        row.managedProperty().bind(profiled);
        row.disableProperty().bind(off);
        return row;
    }
}
