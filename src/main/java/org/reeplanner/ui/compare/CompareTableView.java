package org.reeplanner.ui.compare;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.kpi.Trend;

/**
 * The KPI comparison table: one row per KPI, one column per scenario (the reference first), each cell with the
 * value and, after the first column, the difference from the reference coloured green (better) or red (worse).
 */
public final class CompareTableView extends GridPane {
    private static final String BETTER = "-fx-text-fill: #2e7d32;";
    private static final String WORSE = "-fx-text-fill: #c62828;";
    private static final String NEUTRAL = "-fx-opacity: 0.75;";

    private final CompareViewModel vm;

    public CompareTableView(CompareViewModel vm) {
        this.vm = vm;
        setId("compare-table");
        setHgap(24);
        setVgap(6);
        setPadding(new Insets(8, 12, 8, 12));
        vm.tableProperty().subscribe(this::show);
    }

    private void show(CompareTable table) {
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        getColumnConstraints().add(labels);
        Label corner = new Label(Messages.format("compare.corner", table.year()));
        corner.setStyle("-fx-font-weight: bold;");
        add(corner, 0, 0);
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.SOMETIMES);
            cc.setMinWidth(150);
            getColumnConstraints().add(cc);
            add(header(columns.get(c), c), c + 1, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            CompareTable.Row row = table.rows().get(r);
            add(new Label(row.label()), 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                add(cell(row.cells().get(c), r, c), c + 1, r + 1);
            }
        }
    }

    private VBox header(String name, int column) {
        Line sample = new Line(0, 0, 28, 0);
        sample.setStyle(CompareLineStyle.of(column).css());
        Label label = new Label(name);
        label.setStyle("-fx-font-weight: bold;");
        label.setTooltip(new Tooltip(name));
        label.setWrapText(true);
        label.setMaxWidth(220);
        HBox top = new HBox(6, sample, label);
        top.setAlignment(Pos.CENTER_LEFT);
        boolean live = vm.isLive(column);
        if (!live) {
            Button remove = new Button("\u2715");
            remove.setId("compare-remove-" + column);
            remove.setTooltip(new Tooltip(Messages.format("compare.remove.help", name)));
            remove.setOnAction(e -> vm.remove(column));
            remove.getStyleClass().add("flat");
            top.getChildren().add(remove);
        }
        String roleText = column == 0 ? Messages.get("compare.reference") : Messages.get("compare.vsReference");
        Label role = new Label(live ? roleText + " \u00b7 " + Messages.get("compare.live") : roleText);
        role.setStyle(NEUTRAL + " -fx-font-size: 0.9em;");
        VBox box = new VBox(2, top, role);
        if (column > 0) {
            Button reference = new Button(Messages.get("compare.makeReference"));
            reference.setId("compare-reference-" + column);
            reference.setOnAction(e -> vm.makeReference(column));
            reference.getStyleClass().add("small");
            box.getChildren().add(reference);
        }
        GridPane.setHalignment(box, HPos.LEFT);
        return box;
    }

    private static HBox cell(CompareTable.Cell cell, int row, int column) {
        Label value = new Label(cell.value());
        value.setId("compare-cell-" + row + "-" + column);
        value.setStyle("-fx-font-weight: bold;");
        Label difference = new Label(cell.difference());
        difference.setId("compare-diff-" + row + "-" + column);
        difference.setStyle(cell.trend() == Trend.BETTER ? BETTER : cell.trend() == Trend.WORSE ? WORSE : NEUTRAL);
        HBox box = new HBox(8, value, difference);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }
}
