package org.reeplanner.model;

/** The three supplying regions of the model. */
public enum Region {
    CHINA("china", "China"),
    ALLIED("allied", "Allied (U.S. + Australia)"),
    ROW("row", "Rest of world");

    private final String id;
    private final String label;

    Region(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
