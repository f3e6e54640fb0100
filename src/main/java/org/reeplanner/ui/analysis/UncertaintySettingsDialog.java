package org.reeplanner.ui.analysis;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/** Asks for the uncertainty study's runs and seed; OK applies them (and starts a new study) only when valid. */
public final class UncertaintySettingsDialog {
    private UncertaintySettingsDialog() {
    }

    public static void show(Window owner, UncertaintySettingsViewModel vm) {
        vm.reset();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("uncertainty.settings.title"));
        dialog.setHeaderText(Messages.get("uncertainty.settings.header"));
        dialog.getDialogPane().setId("uncertainty-settings");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Forms.row(grid, Messages.get("uncertainty.settings.runs"), field("uncertainty-runs", vm.runsProperty()),
                Messages.get("uncertainty.settings.runs.unit"));
        Forms.row(grid, Messages.get("uncertainty.settings.seed"), field("uncertainty-seed", vm.seedProperty()),
                Messages.get("uncertainty.settings.seed.unit"));
        Label note = new Label(Messages.get("uncertainty.settings.note"));
        note.setWrapText(true);
        note.getStyleClass().add("form-note");
        note.setMaxWidth(420);
        note.setMinHeight(Region.USE_PREF_SIZE);
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
