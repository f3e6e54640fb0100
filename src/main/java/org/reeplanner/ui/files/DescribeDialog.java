package org.reeplanner.ui.files;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioText;

/**
 * Asks for a scenario's name and description (Save As, Rename), pre-filled with the current ones. When the
 * description was written for other settings than the scenario has now, a warning says so until it is edited.
 */
final class DescribeDialog extends Dialog<ScenarioText> {
    private static final int DESCRIPTION_ROWS = 5;
    private static final double WIDTH = 560;

    DescribeDialog(Window owner, String title, ScenarioText current) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(Messages.get("files.describe.header"));
        getDialogPane().setId("describe-dialog");
        getDialogPane().setPrefWidth(WIDTH);
        TextField name = new TextField(current.name());
        name.setId("describe-name");
        TextArea description = new TextArea(current.description());
        description.setId("describe-description");
        description.setWrapText(true);
        description.setPrefRowCount(DESCRIPTION_ROWS);
        description.setMinHeight(Region.USE_PREF_SIZE);
        Label stale = new Label(Messages.get("files.describe.stale"));
        stale.setId("describe-stale");
        stale.setWrapText(true);
        stale.setMinHeight(Region.USE_PREF_SIZE);
        stale.setStyle("-fx-text-fill: -color-warning-fg; -fx-font-weight: bold;");
        stale.visibleProperty().bind(description.textProperty().map(t -> current.stale()
                && t.strip().equals(current.description())));
        stale.managedProperty().bind(stale.visibleProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        Forms.row(grid, Messages.get("files.describe.name"), name, null);
        Forms.row(grid, Messages.get("files.describe.description"), description, null);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(description, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(10, grid, stale));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty()
                .map(t -> !new ScenarioText(t, "", false).valid()));
        setResultConverter(button -> button != ButtonType.OK ? null : new ScenarioText(name.getText(),
                description.getText(), current.stale() && description.getText().strip().equals(current.description())));
        setOnShown(e -> name.requestFocus());
    }
}
