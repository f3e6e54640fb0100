package org.reeplanner.ui.menu;

/** The menus of the menu bar, in the order they appear. */
public enum MenuKind {
    FILE("_File"),
    EDIT("_Edit"),
    ANALYSIS("_Analysis"),
    EXPORT("E_xport"),
    VIEW("_View"),
    HELP("_Help");

    private final String text;

    MenuKind(String text) {
        this.text = text;
    }

    /** The menu's title with its mnemonic, e.g. "_File". */
    public String text() {
        return text;
    }
}
