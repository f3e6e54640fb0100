package org.reeplanner.ui.analysis;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The optimiser's lever table: name, money now, the least and most the optimiser may give (typed), and after a run
 * the money found, its change and what one more USD bn on the lever would do. Fields: {@code bounds-<id>-min/max}.
 */
final class BoundsTable extends GridPane {
    private static final String[] HEADER = {Messages.key("bounds.area"), Messages.key("bounds.now"),
        Messages.key("bounds.least"), Messages.key("bounds.most"), Messages.key("bounds.result"),
        Messages.key("bounds.change"), Messages.key("bounds.marginal")};

    BoundsTable(OptimiserViewModel vm) {
        setId("optimiser-bounds");
        getStyleClass().addAll("form-grid", "bounds-table");
        for (int c = 0; c < HEADER.length; c++) {
            Label h = new Label(Messages.get(HEADER[c]));
            h.getStyleClass().add("bounds-header");
            add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            getColumnConstraints().add(cc);
        }
        Label unit = new Label(Messages.get("bounds.unit"));
        unit.getStyleClass().add("form-note");
        int row = 1;
        for (BoundsRow r : vm.rows()) {
            add(new Label(r.name()), 0, row);
            add(text(r.nowProperty(), "bounds-now"), 1, row);
            add(field("bounds-" + r.id() + "-min", r, true), 2, row);
            add(field("bounds-" + r.id() + "-max", r, false), 3, row);
            add(text(r.resultProperty(), "bounds-result"), 4, row);
            add(text(r.changeProperty(), "bounds-change"), 5, row);
            add(text(r.marginalProperty(), "bounds-marginal"), 6, row);
            row++;
        }
        add(unit, 0, row, 3, 1);
    }

    private static Label text(ObservableValue<String> value, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(value);
        return label;
    }

    private static TextField field(String id, BoundsRow r, boolean least) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.getStyleClass().add("bounds-field");
        f.textProperty().bindBidirectional(least ? r.minProperty() : r.maxProperty());
        String name = r.name().toLowerCase(java.util.Locale.ROOT);
        Forms.tooltip(f, least ? Messages.format("bounds.least.help", name)
                : Messages.format("bounds.most.help", name));
        return f;
    }
}
