package org.reeplanner.ui.menu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar from the table of actions: one menu per {@link MenuKind} that has actions, in table order. */
public final class AppMenuBar extends MenuBar {

    public AppMenuBar(List<AppAction> actions) {
        setId("menu-bar");
        Map<MenuKind, Menu> menus = new LinkedHashMap<>();
        for (MenuKind kind : MenuKind.values()) {
            Menu menu = new Menu(kind.text());
            menu.setId("menu-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            menus.put(kind, menu);
        }
        for (AppAction action : actions) {
            if (action.submenu() != null) {
                menus.get(action.menu()).getItems().add(action.submenu());
                continue;
            }
            MenuItem item = item(action);
            if (action.enabled() != null) {
                item.disableProperty().bind(action.enabled().map(on -> !on).orElse(true));
            }
            item.setId(action.id());
            if (action.shortcut() != null) {
                item.setAccelerator(KeyCombination.valueOf(action.shortcut()));
            }
            if (action.checked() == null) {
                item.setOnAction(e -> action.handler().run());
            }
            menus.get(action.menu()).getItems().add(item);
        }
        menus.values().stream().filter(m -> !m.getItems().isEmpty()).forEach(getMenus()::add);
    }

    private static MenuItem item(AppAction action) {
        if (action.checked() != null) {
            CheckMenuItem check = new CheckMenuItem(action.text());
            check.selectedProperty().bindBidirectional(action.checked());
            return check;
        }
        return new MenuItem(action.text(), action.icon() == null ? null : action.icon().node());
    }
}
