package org.reeplanner.ui.menu;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import org.reeplanner.ui.common.Icon;

/**
 * One command of the menu bar: the menu it sits in, a stable id ({@code action-quit}), its text, icon, keyboard
 * shortcut (as {@code KeyCombination} text such as "Shortcut+Q", or null), what it does, and when it is enabled
 * (null: always). A {@link #submenu} entry places a ready-made submenu (such as the recent files) instead.
 */
public record AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler,
                        ObservableValue<Boolean> enabled, Menu submenu) {

    public AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler) {
        this(menu, id, text, icon, shortcut, handler, null, null);
    }

    /** An action that is enabled only while {@code enabled} holds true. */
    public AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler,
                     ObservableValue<Boolean> enabled) {
        this(menu, id, text, icon, shortcut, handler, enabled, null);
    }

    /** A submenu whose items its owner keeps up to date. */
    public static AppAction submenu(MenuKind menu, Menu submenu) {
        Objects.requireNonNull(submenu, "submenu");
        return new AppAction(menu, submenu.getId(), submenu.getText(), null, null, () -> { }, null, submenu);
    }
}
