package org.reeplanner.ui.table;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The Table tab: every annual series by year, with "Copy all" (and Ctrl+C, which copies the selected rows or, with
 * none selected, all) putting tab-separated text with a header row on the clipboard for Excel.
 */
public final class SeriesTable extends VBox {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final double LABEL_WIDTH = 300;
    private static final double UNIT_WIDTH = 90;
    private static final double YEAR_WIDTH = 76;

    public SeriesTable(SeriesTableViewModel vm, Consumer<String> notices) {
        setId("table-panel");
        getStyleClass().addAll("chart-panel", "table-panel");
        TableView<SeriesRow> table = new TableView<>();
        table.setId("table-series");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.getItems().setAll(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.yearsProperty().subscribe(years -> columns(table, years));
        Runnable copy = () -> {
            List<SeriesRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, vm.tsv(selected)));
            notices.accept(vm.describeCopy(selected));
        };
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy.run();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header(vm, copy), table);
    }

    private static HBox header(SeriesTableViewModel vm, Runnable copy) {
        Label title = new Label(Messages.get("table.title"));
        title.getStyleClass().add("panel-title");
        Label hint = new Label(Messages.get("table.hint"));
        hint.getStyleClass().add("panel-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button button = new Button(Messages.get("table.copyAll"), Icon.COPY.node());
        button.setId("table-copy");
        Forms.tooltip(button, Messages.get("table.copyAll.help"));
        button.setOnAction(e -> copy.run());
        HBox header = new HBox(title, hint, spacer, button);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        return header;
    }

    private static void columns(TableView<SeriesRow> table, int[] years) {
        TableColumn<SeriesRow, String> label = column(Messages.get("table.header.series"), LABEL_WIDTH, r -> r.label());
        TableColumn<SeriesRow, String> unit = column(Messages.get("table.header.unit"), UNIT_WIDTH, r -> r.unit());
        table.getColumns().setAll(List.of(label, unit));
        for (int i = 0; i < years.length; i++) {
            int index = i;
            TableColumn<SeriesRow, String> c = new TableColumn<>(String.valueOf(years[i]));
            c.setCellValueFactory(cell -> cell.getValue().cell(index));
            c.setPrefWidth(YEAR_WIDTH);
            c.setSortable(false);
            c.getStyleClass().add("number-column");
            table.getColumns().add(c);
        }
    }

    private static TableColumn<SeriesRow, String> column(String name, double width,
                                                         java.util.function.Function<SeriesRow, String> text) {
        TableColumn<SeriesRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
