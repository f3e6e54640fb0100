package org.reeplanner.ui.kpi;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.reeplanner.ui.common.Forms;

/**
 * The compact "Seed promises" strip: a caption with the target year and one line of text per promise, marked
 * {@code :kept} where the scenario reaches it. Lines wrap onto a second row when the window is narrow.
 */
public final class SeedPromisesView extends FlowPane {
    private static final PseudoClass KEPT = PseudoClass.getPseudoClass("kept");
    private static final double H_GAP = 18;
    private static final double V_GAP = 2;

    public SeedPromisesView(SeedPromisesViewModel vm) {
        super(H_GAP, V_GAP);
        setId("seed-promises");
        getStyleClass().add("seed-promises");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.setId("seed-promises-title");
        title.getStyleClass().add("seed-promises-title");
        title.textProperty().bind(vm.titleProperty());
        getChildren().add(title);
        for (SeedPromisesViewModel.Item item : vm.items()) {
            Label line = new Label();
            line.setId(item.promise().id());
            line.getStyleClass().add("seed-promise");
            line.textProperty().bind(item.textProperty());
            item.keptProperty().subscribe(kept -> line.pseudoClassStateChanged(KEPT, kept));
            Forms.tooltip(line, item.help());
            getChildren().add(line);
        }
    }
}
