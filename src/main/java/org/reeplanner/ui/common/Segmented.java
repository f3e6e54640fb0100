package org.reeplanner.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** A segmented choice (pill buttons, exactly one selected) bound both ways to the chosen option's id. */
public final class Segmented extends HBox {

    /** Buttons with ids {@code <idPrefix>-<option id>}; {@code small} makes them compact for chart headers. */
    public Segmented(String idPrefix, List<ChoiceOption> options, Property<String> selected, boolean small) {
        getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < options.size(); i++) {
            ChoiceOption o = options.get(i);
            ToggleButton b = new ToggleButton(o.label());
            b.setId(idPrefix + "-" + o.id());
            b.setUserData(o.id());
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == options.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            if (small) {
                b.getStyleClass().add(Styles.SMALL);
            }
            getChildren().add(b);
        }
        selected.subscribe(id -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(id))));
        group.selectedToggleProperty().subscribe((before, now) -> {
            if (now == null) {
                before.setSelected(true); // exactly one option is always chosen
            } else {
                selected.setValue((String) now.getUserData());
            }
        });
    }
}
