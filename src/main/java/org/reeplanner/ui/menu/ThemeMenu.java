package org.reeplanner.ui.menu;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.Theme;

/** View → Theme: one radio item per {@link Theme} (Shortcut+Shift+1, 2, 3), kept in step with the chosen theme. */
public final class ThemeMenu extends Menu {

    public ThemeMenu(ObjectProperty<Theme> theme) {
        super(Messages.get("menu.theme"), Icon.THEME.node());
        setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.title());
            item.setId("action-theme-" + t.id());
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+" + (t.ordinal() + 1)));
            item.setOnAction(e -> theme.set(t));
            item.setUserData(t);
            getItems().add(item);
        }
        theme.subscribe(t -> group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == t)));
    }
}
