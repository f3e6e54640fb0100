package org.reeplanner.ui.analysis;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Choices;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * A drop-down of series by name, bound both ways to the chosen series' id. There are sixty and more series, so it
 * is ControlsFX's searchable combo box: typing narrows the list to the names that contain the text.
 */
public final class SeriesPicker {
    private static final int ROWS = 14;

    private SeriesPicker() {
    }

    public static ComboBox<ChoiceOption> of(String id, List<ChoiceOption> options, StringProperty chosen) {
        ComboBox<ChoiceOption> picker = Choices.bind(new SearchableComboBox<>(), id, options, chosen);
        picker.setVisibleRowCount(ROWS);
        Forms.tooltip(picker, Messages.get("chart.seriesPicker.help"));
        return picker;
    }
}
