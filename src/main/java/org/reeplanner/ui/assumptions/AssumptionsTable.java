package org.reeplanner.ui.assumptions;

import java.util.function.Function;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The table of every model parameter: label, key, the value the scenario uses (edited in place: F2, Enter or a
 * double click; Enter applies, Escape cancels), unit, default, sourced range, source, and a reset per row. Changed
 * values are marked, values outside the sourced range warned about, refused text explained below the table.
 */
final class AssumptionsTable extends TableView<AssumptionRowViewModel> {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    AssumptionsTable(AssumptionsViewModel vm) {
        super(vm.shownRows());
        setId("assumptions-table");
        getStyleClass().add("assumptions-table");
        setEditable(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setAccessibleText(Messages.get("assumptions.table.accessible"));
        setPlaceholder(new Label(Messages.get("assumptions.table.empty")));
        TableColumn<AssumptionRowViewModel, String> value = new TableColumn<>(Messages.get("assumptions.col.value"));
        value.setId("assumptions-col-value");
        value.setCellValueFactory(c -> c.getValue().valueTextProperty());
        value.setCellFactory(c -> new ValueCell(vm));
        value.setEditable(true);
        value.setPrefWidth(100);
        value.getStyleClass().add("number-column");
        TableColumn<AssumptionRowViewModel, AssumptionRowViewModel> reset =
                new TableColumn<>(Messages.get("assumptions.col.reset"));
        reset.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        reset.setCellFactory(c -> new ResetCell(vm));
        reset.setPrefWidth(72);
        reset.setSortable(false);
        getColumns().addAll(List.of(
                text(Messages.get("assumptions.col.parameter"), AssumptionRowViewModel::label, 260),
                text(Messages.get("assumptions.col.key"), AssumptionRowViewModel::key, 200), value,
                text(Messages.get("assumptions.col.unit"), AssumptionRowViewModel::unit, 100),
                text(Messages.get("assumptions.col.default"), AssumptionRowViewModel::defaultText, 90),
                text(Messages.get("assumptions.col.range"), AssumptionRowViewModel::rangeText, 160), reset,
                text(Messages.get("assumptions.col.source"), AssumptionRowViewModel::sourceSummary, 320)));
        setOnKeyPressed(e -> {
            boolean editKey = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2;
            if (editKey && getEditingCell() == null && getSelectionModel().getSelectedIndex() >= 0) {
                edit(getSelectionModel().getSelectedIndex(), value);
                e.consume();
            }
        });
        getSelectionModel().selectFirst();
    }

    private static TableColumn<AssumptionRowViewModel, String> text(String title,
            Function<AssumptionRowViewModel, String> text, double width) {
        TableColumn<AssumptionRowViewModel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 30 ? null : Forms.tooltip(item));
            }
        });
        return column;
    }

    /** The value: shown as text, edited in a text field; the row's flags colour it. */
    private static final class ValueCell extends TableCell<AssumptionRowViewModel, String> {
        private final AssumptionsViewModel vm;
        private TextField field;

        ValueCell(AssumptionsViewModel vm) {
            this.vm = vm;
            getStyleClass().add("assumption-value");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            AssumptionRowViewModel row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            setGraphic(null);
            pseudoClassStateChanged(CHANGED, row != null && row.changedProperty().get());
            pseudoClassStateChanged(OUTSIDE, row != null && !row.warningProperty().get().isEmpty());
            pseudoClassStateChanged(REFUSED, row != null && !row.errorProperty().get().isEmpty());
            setTooltip(row == null ? null : Forms.tooltip(Messages.format("assumptions.value.help", row.unit())));
            setAccessibleText(row == null ? null : Messages.format("assumptions.value.accessible", row.label(),
                    item, row.unit()));
        }

        @Override
        public void startEdit() {
            AssumptionRowViewModel row = getTableRow().getItem();
            if (row == null) {
                return;
            }
            super.startEdit();
            field = new TextField(getItem());
            field.setId("assumption-editor");
            field.setOnAction(e -> commit(row));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.focusedProperty().subscribe((was, focused) -> {
                if (!focused && isEditing()) {
                    commit(row);
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setText(getItem());
            setGraphic(null);
        }

        private void commit(AssumptionRowViewModel row) {
            String typed = field.getText();
            if (vm.edit(row, typed)) {
                super.cancelEdit();
                updateItem(row.valueTextProperty().get(), false);
                getTableView().requestFocus();
            } else {
                pseudoClassStateChanged(REFUSED, true);
                field.selectAll();
            }
        }
    }

    /** A "Reset" button, enabled while the row's value differs from its default. */
    private static final class ResetCell extends TableCell<AssumptionRowViewModel, AssumptionRowViewModel> {
        private final Button button = new Button(null, Icon.RESET.node());

        ResetCell(AssumptionsViewModel vm) {
            button.getStyleClass().addAll("flat", "small");
            button.setOnAction(e -> {
                AssumptionRowViewModel row = getTableRow().getItem();
                if (row != null) {
                    vm.reset(row);
                }
            });
        }

        @Override
        protected void updateItem(AssumptionRowViewModel item, boolean empty) {
            super.updateItem(item, empty);
            AssumptionRowViewModel row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            button.setId("assumption-reset-" + row.key());
            button.disableProperty().bind(row.changedProperty().not());
            button.setTooltip(new Tooltip(Messages.format("assumptions.reset.help", row.defaultText(), row.unit())));
            button.setAccessibleText(Messages.format("assumptions.reset.accessible", row.label()));
            setGraphic(button);
        }
    }
}
