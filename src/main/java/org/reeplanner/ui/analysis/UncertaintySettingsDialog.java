package org.reeplanner.ui.analysis;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reeplanner.ui.common.Forms;

/** Asks for the uncertainty study's runs and seed; OK applies them (and starts a new study) only when valid. */
public final class UncertaintySettingsDialog {
    private UncertaintySettingsDialog() {
    }

    public static void show(Window owner, UncertaintySettingsViewModel vm) {
        vm.reset();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Uncertainty settings");
        dialog.setHeaderText("Monte Carlo study behind the P10\u2013P90 bands");
        dialog.getDialogPane().setId("uncertainty-settings");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Forms.row(grid, "Runs", field("uncertainty-runs", vm.runsProperty()), "model runs");
        Forms.row(grid, "Seed", field("uncertainty-seed", vm.seedProperty()), "same seed, same band");
        Label note = new Label("Each run draws every parameter from its low\u2013base\u2013high range; 80% of runs "
                + "fall between P10 and P90. More runs give smoother bands and take longer (10,000 runs take "
                + "a fraction of a second).");
        note.setWrapText(true);
        note.getStyleClass().add("form-note");
        note.setMaxWidth(420);
        VBox content = new VBox(10, grid, Forms.errorLabel("uncertainty-settings-error", vm.errorProperty()), note);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.apply()) {
                e.consume();
            }
        });
        dialog.show();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(9);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
