package org.reeplanner.ui.compare;

/**
 * The four line styles of a comparison, told apart by colour and by dash pattern, so that they stay distinct in
 * grey print and for colour-blind readers.
 */
public enum CompareLineStyle {
    SOLID("#1565c0", ""),
    DASHED("#e65100", "10 6"),
    DOTTED("#2e7d32", "2 5"),
    DASH_DOT("#8e24aa", "12 5 3 5");

    private final String colour;
    private final String dashes;

    CompareLineStyle(String colour, String dashes) {
        this.colour = colour;
        this.dashes = dashes;
    }

    /** The style of the {@code index}-th compared scenario. */
    public static CompareLineStyle of(int index) {
        return values()[index % values().length];
    }

    public String colour() {
        return colour;
    }

    /** An inline JavaFX CSS style for a line (a chart series path or a legend swatch). */
    public String css() {
        return "-fx-stroke: " + colour + "; -fx-stroke-width: 2.5px;"
                + (dashes.isEmpty() ? "" : " -fx-stroke-dash-array: " + dashes + ";");
    }
}
