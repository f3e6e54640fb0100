package org.reeplanner.ui.charts;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import org.reeplanner.ui.common.Forms;

/** The "Uncertainty band" check box in a chart's header, bound to the window-wide toggle of the P10–P90 bands. */
final class UncertaintyToggle {
    private UncertaintyToggle() {
    }

    static CheckBox of(String chartKey, BooleanProperty shown) {
        CheckBox box = new CheckBox("Uncertainty band");
        box.setId(chartKey + "-uncertainty");
        box.selectedProperty().bindBidirectional(shown);
        box.setTooltip(Forms.tooltip("Shades the range 80% of 10,000 Monte Carlo runs fall in (P10\u2013P90) behind "
                + "the lines. The study runs in the background and follows every change of the scenario. Runs and "
                + "seed: Analysis \u2192 Uncertainty settings."));
        return box;
    }
}
