package org.reeplanner.ui.kpi;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The line under the KPI cards: the plain-English summary of the results and, while the scenario changes model
 * parameters, an "Assumptions changed (N)" badge that opens the Assumptions tab. In presentation mode only the badge
 * stays: the paragraph is for reading (it is also in the exports) and the charts need the room on a projector.
 */
public final class NarrativeView extends HBox {
    private final Label text = new Label();

    /**
     * @param changed         how many parameters the scenario changes
     * @param openAssumptions shows the Assumptions tab
     */
    public NarrativeView(NarrativeViewModel vm, ObservableValue<Number> changed, Runnable openAssumptions,
                         ObservableBooleanValue presenting) {
        setId("narrative-bar");
        getStyleClass().add("narrative-bar");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("narrative");
        text.getStyleClass().add("narrative");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(vm.textProperty());
        text.setAccessibleText(Messages.get("narrative.accessible"));
        text.accessibleHelpProperty().bind(vm.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button badge = new Button(null, Icon.ASSUMPTIONS.node());
        badge.setId("assumptions-badge");
        badge.getStyleClass().add("assumptions-changed");
        badge.textProperty().bind(changed.map(n -> Messages.format("assumptions.changed", n)));
        badge.visibleProperty().bind(changed.map(n -> n.intValue() > 0));
        badge.managedProperty().bind(badge.visibleProperty());
        Forms.tooltip(badge, Messages.get("assumptions.changed.help"));
        badge.setOnAction(e -> openAssumptions.run());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(badge, text);
        text.visibleProperty().bind(Bindings.not(presenting));
        text.managedProperty().bind(text.visibleProperty());
        visibleProperty().bind(text.visibleProperty().or(badge.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }
}
