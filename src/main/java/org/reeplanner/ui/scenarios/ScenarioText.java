package org.reeplanner.ui.scenarios;

import org.reeplanner.io.report.XmlText;

/**
 * A scenario's name and description as the user edits them in Save As and Rename, with whether the description was
 * written for other settings than the scenario has now (levers, events or assumptions changed since).
 */
public record ScenarioText(String name, String description, boolean stale) {
    /** The longest name a scenario file may hold (ScenarioRules). */
    public static final int MAX_NAME = 200;

    public ScenarioText {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
    }

    /**
     * Whether it can be saved: a name of 1 to 200 characters that Excel and PowerPoint files can hold, and such a
     * description.
     */
    public boolean valid() {
        return !name.isEmpty() && name.length() <= MAX_NAME && XmlText.unwritable(name, false) == null
                && XmlText.unwritable(description, true) == null;
    }
}
