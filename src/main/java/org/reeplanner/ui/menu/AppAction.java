package org.reeplanner.ui.menu;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import org.reeplanner.ui.common.Icon;

/**
 * One command of the menu bar: the menu it sits in, a stable id ({@code action-quit}), its text, icon, keyboard
 * shortcut (as {@code KeyCombination} text such as "Shortcut+Q", or null), what it does, and when it is enabled
 * (null: always). A {@link #submenu} entry places a ready-made submenu (such as the recent files) instead; a
 * {@link #toggle} shows a check mark bound to a setting ({@code checked}, null for plain commands).
 */
public record AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler,
                        ObservableValue<Boolean> enabled, Menu submenu, Property<Boolean> checked) {

    public AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler) {
        this(menu, id, text, icon, shortcut, handler, null, null, null);
    }

    /** An action that is enabled only while {@code enabled} holds true. */
    public AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler,
                     ObservableValue<Boolean> enabled) {
        this(menu, id, text, icon, shortcut, handler, enabled, null, null);
    }

    /** An action that may place a ready-made {@code submenu} (null: a plain command). */
    public AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler,
                     ObservableValue<Boolean> enabled, Menu submenu) {
        this(menu, id, text, icon, shortcut, handler, enabled, submenu, null);
    }

    /** A submenu whose items its owner keeps up to date. */
    public static AppAction submenu(MenuKind menu, Menu submenu) {
        Objects.requireNonNull(submenu, "submenu");
        return new AppAction(menu, submenu.getId(), submenu.getText(), null, null, () -> { }, null, submenu);
    }

    /** A menu item with a check mark that shows and flips {@code checked}. */
    public static AppAction toggle(MenuKind menu, String id, String text, String shortcut, Property<Boolean> checked) {
        Objects.requireNonNull(checked, "checked");
        return new AppAction(menu, id, text, null, shortcut, () -> checked.setValue(!checked.getValue()), null, null,
                checked);
    }
}
