package org.reeplanner.ui.common;

import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Drop-downs of {@link ChoiceOption}s that show the labels and are bound both ways to the chosen option's id. */
public final class Choices {
    private Choices() {
    }

    /** Fills {@code box} (a plain or a searchable combo box) with {@code options} and binds it to {@code chosen}. */
    public static <B extends ComboBox<ChoiceOption>> B bind(B box, String id, List<ChoiceOption> options,
                                                           Property<String> chosen) {
        box.setId(id);
        box.getItems().setAll(options);
        box.setConverter(new StringConverter<>() {
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
                .ifPresent(box::setValue));
        box.valueProperty().subscribe(o -> {
            if (o != null) {
                chosen.setValue(o.id());
            }
        });
        return box;
    }
}
