package org.reeplanner.ui.kpi;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The line under the KPI cards: the plain-English summary of the results and, while the scenario changes model
 * parameters, an "Assumptions changed (N)" badge that opens the Assumptions tab. The summary takes one line, cut
 * with an ellipsis, so that the charts keep the height; a click on it (or "More", or Enter on it) shows all of it.
 * In presentation mode only the badge stays: the paragraph is for reading (it is also in the exports) and the charts
 * need the room on a projector.
 */
public final class NarrativeView extends HBox {
    private final Label text = new Label();
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");

    /**
     * @param changed         how many parameters the scenario changes
     * @param openAssumptions shows the Assumptions tab
     */
    public NarrativeView(NarrativeViewModel vm, ObservableValue<Number> changed, Runnable openAssumptions,
                         ObservableBooleanValue presenting) {
        setId("narrative-bar");
        getStyleClass().add("narrative-bar");
        setAlignment(Pos.TOP_LEFT);
        text.setId("narrative");
        text.getStyleClass().add("narrative");
        text.wrapTextProperty().bind(expanded);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setOnMouseClicked(e -> expanded.set(!expanded.get()));
        Hyperlink more = new Hyperlink();
        more.setId("narrative-toggle");
        more.getStyleClass().add("narrative-toggle");
        more.textProperty().bind(expanded.map(on -> on ? Messages.get("narrative.less")
                : Messages.get("narrative.more")));
        more.setOnAction(e -> expanded.set(!expanded.get()));
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.visibleProperty().bind(text.visibleProperty().and(Bindings.createBooleanBinding(this::longerThanALine,
                text.textProperty(), text.widthProperty(), text.fontProperty())));
        more.managedProperty().bind(more.visibleProperty());
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
        getChildren().addAll(badge, text, more);
        text.visibleProperty().bind(Bindings.not(presenting));
        text.managedProperty().bind(text.visibleProperty());
        visibleProperty().bind(text.visibleProperty().or(badge.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }

    /** Whether the summary needs more than the one line's width the label has. */
    private boolean longerThanALine() {
        Text measure = new Text(text.getText());
        measure.setFont(text.getFont());
        return measure.getLayoutBounds().getWidth() > text.getWidth() - text.snappedLeftInset()
                - text.snappedRightInset() + 1;
    }

    /** Whether the whole summary shows, rather than its first line. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }
}
