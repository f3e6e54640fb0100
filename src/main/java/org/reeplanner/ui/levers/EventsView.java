package org.reeplanner.ui.levers;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.Segmented;

/** The scenario events under the levers: demand outlook as a segmented choice, and China's export restriction. */
final class EventsView extends VBox {
    private static final int SEVERITY_STEP = 5;

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
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "event-settings");
        Forms.row(grid, Messages.get("events.firstYear"), Forms.spinner("event-start-year", vm.firstYear(),
                vm.lastYear(), 1, vm.startYearProperty()), null);
        Forms.row(grid, Messages.get("events.duration"), Forms.spinner("event-months", 1, vm.maxMonths(), 1,
                vm.monthsProperty()), Messages.get("events.months"));
        Forms.row(grid, Messages.get("events.share"), Forms.spinner("event-severity", 0, 100, SEVERITY_STEP,
                vm.severityPercentProperty()), "%");
        grid.disableProperty().bind(vm.restrictionProperty().not());
        return new VBox(enabled, grid);
    }
}
