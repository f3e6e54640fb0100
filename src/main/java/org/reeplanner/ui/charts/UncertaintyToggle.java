package org.reeplanner.ui.charts;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/** The "Uncertainty band" check box in a chart's header, bound to the window-wide toggle of the P10–P90 bands. */
final class UncertaintyToggle {
    private UncertaintyToggle() {
    }

    static CheckBox of(String chartKey, BooleanProperty shown) {
        CheckBox box = new CheckBox(Messages.get("chart.uncertainty"));
        box.setId(chartKey + "-uncertainty");
        box.selectedProperty().bindBidirectional(shown);
        Forms.tooltip(box, Messages.get("chart.uncertainty.help"));
        return box;
    }
}
