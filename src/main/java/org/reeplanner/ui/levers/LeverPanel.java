package org.reeplanner.ui.levers;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.AfterFirstFrame;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The left-hand panel: the total programme budget, one {@link LeverRow} per focus area, the reset to the seed
 * values and the scenario events, scrolling when the window is short.
 */
public final class LeverPanel extends ScrollPane {
    static final double WIDTH = 318;

    public LeverPanel(LeverPanelViewModel vm) {
        setId("lever-panel");
        getStyleClass().add("lever-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        VBox content = new VBox(header(vm));
        content.getStyleClass().add("lever-content");
        for (LeverViewModel lever : vm.levers()) {
            content.getChildren().add(new LeverRow(lever, vm.presentingProperty()));
        }
        Button reset = reset(vm);
        Separator separator = new Separator();
        content.getChildren().addAll(reset, separator);
        editingOnly(vm, reset, separator);
        // Below the fold at every window size the app opens with: built after the first frame (~9 % of the
        // window's nodes), before anyone can scroll down to it.
        AfterFirstFrame.run(this, () -> {
            EventsView events = new EventsView(vm.events());
            editingOnly(vm, events);
            content.getChildren().add(events);
        });
        visibleProperty().bind(vm.presentingProperty().not().or(vm.anyPinned()));
        managedProperty().bind(visibleProperty());
        setContent(content);
    }

    private static void editingOnly(LeverPanelViewModel vm, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(vm.presentingProperty().not());
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    private static VBox header(LeverPanelViewModel vm) {
        Label title = new Label(Messages.get("levers.title"));
        title.getStyleClass().add("section-title");
        Label total = new Label();
        total.setId("lever-total");
        total.getStyleClass().add("lever-total");
        total.textProperty().bind(vm.total());
        Forms.tooltip(total, Messages.get("levers.total.help"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(title, spacer, total);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label split = new Label();
        split.setId("lever-split");
        split.getStyleClass().add("lever-split");
        split.textProperty().bind(vm.split());
        return new VBox(top, split);
    }

    private static Button reset(LeverPanelViewModel vm) {
        Button reset = new Button(Messages.get("levers.reset"), Icon.RESET.node());
        reset.setId("levers-reset");
        reset.setMaxWidth(Double.MAX_VALUE);
        Forms.tooltip(reset, vm.resetHelp());
        reset.setOnAction(e -> vm.resetToSeed());
        return reset;
    }
}
