package org.reeplanner.io.report;

import org.reeplanner.model.Region;
import org.reeplanner.model.Stage;

/**
 * The colours exported charts use, as 0xRRGGBB: the chart's frame (text, grid, axes) and, for the data, the
 * {@link ColourRole}s the window uses too, so stages, regions and focus areas have the light theme's colours in
 * every export.
 */
public final class Palette {
    public static final int TEXT = 0x1D2633;
    public static final int MUTED = 0x5A6577;
    public static final int GRID = 0xE3E8EE;
    public static final int AXIS = 0x8A94A3;
    public static final int TARGET = ColourRole.TARGET.rgb();
    public static final int DEMAND = ColourRole.DEMAND.rgb();
    public static final int SHORTFALL = ColourRole.SHORTFALL.rgb();
    public static final int CUMULATIVE = ColourRole.CUMULATIVE.rgb();
    /** The NdPr price: the separation stage's blue, as the price is that of separated oxide. */
    public static final int PRICE = ColourRole.STAGE_SEPARATION.rgb();

    private Palette() {
    }

    public static int stage(Stage stage) {
        return ColourRole.stage(stage).rgb();
    }

    public static int region(Region region) {
        return ColourRole.region(region).rgb();
    }

    /** The colour of the focus area at {@code index} of the catalog (cycling as the window's do). */
    public static int focusArea(int index) {
        return ColourRole.area(index).rgb();
    }
}
