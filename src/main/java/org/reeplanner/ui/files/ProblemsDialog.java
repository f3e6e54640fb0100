package org.reeplanner.ui.files;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reeplanner.ui.common.Messages;

/**
 * Lists every problem found in a file that could not be used: where (JSON path, or line and column), what was found
 * and what is allowed, errors first. Says that the current scenario was kept.
 */
public final class ProblemsDialog extends Alert {
    private static final double WIDTH = 980;
    private static final double HEIGHT = 440;
    static final String KEPT = Messages.get("files.problems.kept");

    public ProblemsDialog(Window owner, String title, String file, List<ProblemRow> problems) {
        super(AlertType.ERROR, "", ButtonType.OK);
        initOwner(owner);
        setTitle(title);
        long errors = problems.stream().filter(ProblemRow::error).count();
        long warnings = problems.size() - errors;
        String mustFix = errors == 1 ? Messages.get("files.problems.one")
                : Messages.format("files.problems.many", errors);
        String noted = warnings == 1 ? Messages.get("files.warnings.one")
                : Messages.format("files.warnings.many", warnings);
        setHeaderText(warnings > 0 ? Messages.format("files.problems.headerWithWarnings", file, mustFix, noted)
                : Messages.format("files.problems.header", file, mustFix));
        getDialogPane().setId("problems-dialog");
        TableView<ProblemRow> table = table(problems);
        Label kept = new Label(KEPT);
        kept.setId("problems-kept");
        kept.setWrapText(true);
        VBox content = new VBox(8, table, kept);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setMinSize(WIDTH, HEIGHT);
        getDialogPane().setPrefSize(WIDTH, HEIGHT);
        setResizable(true);
    }

    private static TableView<ProblemRow> table(List<ProblemRow> problems) {
        TableView<ProblemRow> table = new TableView<>();
        table.setId("problems-table");
        table.getColumns().add(column("", 72, p -> p.error() ? Messages.get("files.problems.error")
                : Messages.get("files.problems.warning")));
        table.getColumns().add(column(Messages.get("files.problems.where"), 250, ProblemRow::path));
        table.getColumns().add(column(Messages.get("files.problems.found"), 260, ProblemRow::found));
        table.getColumns().add(column(Messages.get("files.problems.allowed"), 330, ProblemRow::allowed));
        table.setPrefHeight(HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().addAll(problems.stream().filter(ProblemRow::error).toList());
        table.getItems().addAll(problems.stream().filter(p -> !p.error()).toList());
        return table;
    }

    private static TableColumn<ProblemRow, String> column(String name, double width,
                                                          java.util.function.Function<ProblemRow, String> text) {
        TableColumn<ProblemRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 72));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Long paths and ranges are cut to fit: the tooltip shows them whole.
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

}
