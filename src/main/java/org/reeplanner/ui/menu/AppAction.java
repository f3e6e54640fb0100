package org.reeplanner.ui.menu;

import org.reeplanner.ui.common.Icon;

/**
 * One command of the menu bar: the menu it sits in, a stable id ({@code action-quit}), its text, icon, keyboard
 * shortcut (as {@code KeyCombination} text such as "Shortcut+Q", or null) and what it does.
 */
public record AppAction(MenuKind menu, String id, String text, Icon icon, String shortcut, Runnable handler) {
}
