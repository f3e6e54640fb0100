package org.reeplanner.ui.menu;

import org.reeplanner.ui.common.Messages;
/** The menus of the menu bar, in the order they appear. */
public enum MenuKind {
    FILE(Messages.key("menu.file")),
    EDIT(Messages.key("menu.edit")),
    ANALYSIS(Messages.key("menu.analysis")),
    EXPORT(Messages.key("menu.export")),
    VIEW(Messages.key("menu.view")),
    HELP(Messages.key("menu.help"));

    private final String text;

    MenuKind(String text) {
        this.text = text;
    }

    /** The menu's title with its mnemonic, e.g. "_File". */
    public String text() {
        return Messages.get(text);
    }
}
