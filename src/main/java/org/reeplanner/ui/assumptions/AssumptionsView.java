package org.reeplanner.ui.assumptions;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The Assumptions tab: a filter, the count of changed parameters and "Reset all" above the table of every model
 * parameter ({@link AssumptionsTable}), and below it the selected parameter's note, source row and any warning.
 */
public final class AssumptionsView extends VBox {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final double TABLE_SHARE = 0.72;

    public AssumptionsView(AssumptionsViewModel vm) {
        setId("assumptions-view");
        getStyleClass().add("assumptions-view");
        AssumptionsTable table = new AssumptionsTable(vm);
        SplitPane split = new SplitPane(table, details(table));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(TABLE_SHARE);
        split.getStyleClass().add("chart-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(vm), split);
    }

    private static HBox toolbar(AssumptionsViewModel vm) {
        Label title = new Label(Messages.get("assumptions.title"));
        title.getStyleClass().add("panel-title");
        TextField filter = new TextField();
        filter.setId("assumptions-filter");
        filter.setPromptText(Messages.get("assumptions.filter.prompt"));
        filter.setAccessibleText(Messages.get("assumptions.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefColumnCount(22);
        Label changed = new Label();
        changed.setId("assumptions-changed");
        changed.getStyleClass().add("assumptions-badge");
        changed.textProperty().bind(vm.summary().map(s -> Messages.format("assumptions.badge", s)));
        changed.pseudoClassStateChanged(CHANGED, false);
        vm.changedCountProperty().subscribe(n -> changed.pseudoClassStateChanged(CHANGED, n.intValue() > 0));
        Button resetAll = new Button(Messages.get("assumptions.resetAll"), Icon.RESET.node());
        resetAll.setId("assumptions-reset-all");
        Forms.tooltip(resetAll, Messages.get("assumptions.resetAll.help"));
        resetAll.disableProperty().bind(vm.changedCountProperty().isEqualTo(0));
        resetAll.setOnAction(e -> vm.resetAll());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(title, gap, Icon.SEARCH.node(), filter, changed, resetAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("assumptions-toolbar");
        return bar;
    }

    private static VBox details(AssumptionsTable table) {
        TableView.TableViewSelectionModel<AssumptionRowViewModel> selection = table.getSelectionModel();
        var row = selection.selectedItemProperty();
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        heading.textProperty().bind(row.map(r -> r.label() + "  \u00b7  " + r.key())
                .orElse(Messages.get("assumptions.details.none")));
        Label note = wrapped("assumptions-note", "assumptions-note");
        note.textProperty().bind(row.map(r -> Messages.format("assumptions.details.note", r.note())).orElse(""));
        Label source = wrapped("assumptions-source", "assumptions-source");
        source.textProperty().bind(row.map(AssumptionRowViewModel::sourceDetail).orElse(""));
        Label warning = wrapped("assumptions-warning", "assumptions-warning");
        warning.textProperty().bind(row.flatMap(r -> Bindings.createStringBinding(() -> r.errorProperty().get()
                .isEmpty() ? r.warningProperty().get() : r.errorProperty().get(), r.errorProperty(),
                r.warningProperty())).orElse(""));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        VBox box = new VBox(heading, warning, note, source);
        box.setId("assumptions-details");
        box.getStyleClass().add("assumptions-details");
        return box;
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

}
