package org.reeplanner.ui.export;

import org.reeplanner.ui.common.Messages;
/**
 * The files the Export menu writes: what the menu calls them, the file type the chooser offers and the part of the
 * suggested name that tells them apart. The chart pictures go into a folder, so they have no extension.
 */
public enum ExportKind {
    WORKBOOK("workbook", Messages.key("export.workbook.menu"), "Shortcut+E", Messages.key("export.workbook.what"),
            ".xlsx", ""),
    DECK("deck", Messages.key("export.deck.menu"), "Shortcut+Shift+E", Messages.key("export.deck.what"), ".pptx",
            ""),
    CHARTS("charts", Messages.key("export.charts.menu"), "Shortcut+Shift+P", Messages.key("export.charts.what"), null,
            "-charts"),
    CSV("csv", Messages.key("export.csv.menu"), "Shortcut+Shift+C", Messages.key("export.csv.what"), ".csv",
            "-series");

    private final String key;
    private final String menuText;
    private final String shortcut;
    private final String description;
    private final String extension;
    private final String nameTag;

    ExportKind(String key, String menuText, String shortcut, String description, String extension, String nameTag) {
        this.key = key;
        this.menuText = menuText;
        this.shortcut = shortcut;
        this.description = description;
        this.extension = extension;
        this.nameTag = nameTag;
    }

    /** The menu item's stable id, e.g. {@code action-export-workbook}. */
    public String actionId() {
        return "action-export-" + key;
    }

    /** The menu item's text with its mnemonic. */
    public String menuText() {
        return Messages.get(menuText);
    }

    /** The accelerator as {@code KeyCombination} text, or null. */
    public String shortcut() {
        return shortcut;
    }

    /** What the file is called in dialogs and messages ("Excel workbook"). */
    public String description() {
        return Messages.get(description);
    }

    /** The file's extension with its dot (".xlsx"), or null for the chart folder. */
    public String extension() {
        return extension;
    }

    public boolean isFolder() {
        return extension == null;
    }

    /** Sits between the scenario and the date in a suggested name ("-charts"), so the exports of a day differ. */
    String nameTag() {
        return nameTag;
    }
}
