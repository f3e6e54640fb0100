package org.reeplanner.ui.common;

import javafx.scene.control.ComboBox;

/** A drop-down of the horizon's years tied to the window's {@link YearCursor}: picking a year moves it everywhere. */
public final class YearSelector extends ComboBox<Integer> {

    public YearSelector(String id, YearCursor cursor, String help) {
        super(cursor.years());
        setId(id);
        Forms.tooltip(this, help);
        setVisibleRowCount(12);
        cursor.yearProperty().subscribe(y -> setValue(y.intValue()));
        valueProperty().subscribe(y -> {
            if (y != null) {
                cursor.moveTo(y.intValue());
            }
        });
    }
}
