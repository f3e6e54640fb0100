package org.reeplanner.ui.export;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.WhenFirstShown;

/**
 * The status bar's export strip: what is being written, a progress bar and Cancel, shown only while an export runs
 * (and built when the first one starts);
 * it also shows an export's failure in an error dialog over the window.
 */
public final class ExportStatusView extends HBox {
    static final double BAR_WIDTH = 160;
    static final double ERROR_WIDTH = 560;

    public ExportStatusView(ExportViewModel vm) {
        setId("export-status");
        getStyleClass().add("export-status");
        setAlignment(Pos.CENTER_LEFT);
        // What it shows is built when the first export starts.
        WhenFirstShown.add(this, vm.busyProperty(), () -> parts(vm));
        visibleProperty().bind(vm.busyProperty());
        managedProperty().bind(vm.busyProperty());
        vm.failureProperty().subscribe(failure -> {
            if (failure != null) {
                showError(failure);
            }
        });
    }

    private static List<Node> parts(ExportViewModel vm) {
        Label activity = new Label();
        activity.setId("export-activity");
        activity.textProperty().bind(vm.activityProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(BAR_WIDTH);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(Messages.get("files.button.cancel"));
        cancel.setId("export-cancel");
        cancel.getStyleClass().add("small");
        Forms.tooltip(cancel, Messages.get("export.cancel.help"));
        cancel.setOnAction(e -> vm.cancel());
        return List.of(activity, bar, cancel);
    }

    private void showError(ExportFailure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.reason());
        alert.setTitle(Messages.get("export.failed.title"));
        alert.setHeaderText(failure.headline());
        alert.getDialogPane().setId("export-error");
        alert.getDialogPane().setPrefWidth(ERROR_WIDTH);
        if (getScene() != null && getScene().getWindow() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }
}
