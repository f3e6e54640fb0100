package org.reeplanner.ui.charts;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.reeplanner.ui.common.ChoiceOption;
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
        ComboBox<ChoiceOption> picker = new SearchableComboBox<>();
        picker.setId(id);
        picker.getItems().setAll(options);
        picker.setVisibleRowCount(ROWS);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChoiceOption option) {
                return option == null ? "" : option.label();
            }

            @Override
            public ChoiceOption fromString(String text) {
                return options.stream().filter(o -> o.label().equals(text)).findFirst().orElse(null);
            }
        });
        chosen.subscribe(value -> options.stream().filter(o -> o.id().equals(value)).findFirst()
                .ifPresent(picker::setValue));
        picker.valueProperty().subscribe(o -> {
            if (o != null) {
                chosen.set(o.id());
            }
        });
        Forms.tooltip(picker, Messages.get("chart.seriesPicker.help"));
        return picker;
    }
}
