package org.reeplanner.ui.compare;

/**
 * The four line styles of a comparison, told apart by colour and by dash pattern, so that they stay distinct in
 * grey print and for colour-blind readers.
 */
public enum CompareLineStyle {
    SOLID("#1565c0", "", 4.5),
    DASHED("#e65100", "10 6", 3.5),
    DOTTED("#2e7d32", "2 5", 3),
    DASH_DOT("#8e24aa", "12 5 3 5", 2);

    private final String colour;
    private final String dashes;
    /** Each line is thinner than the one before, so lines that coincide still show as nested stripes. */
    private final double width;

    CompareLineStyle(String colour, String dashes, double width) {
        this.colour = colour;
        this.dashes = dashes;
        this.width = width;
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
        return "-fx-stroke: " + colour + "; -fx-stroke-width: " + width + "px;"
                + (dashes.isEmpty() ? "" : " -fx-stroke-dash-array: " + dashes + ";");
    }
}
