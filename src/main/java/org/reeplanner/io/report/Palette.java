package org.reeplanner.io.report;

import java.util.List;
import org.reeplanner.model.Region;
import org.reeplanner.model.Stage;

/**
 * The colours exported charts use, as 0xRRGGBB: stages and regions as in the app's light theme
 * (assets/themes/theme-light.css, so China is the same orange on screen and in every export), and a qualitative set
 * for focus areas that stays apart on a projector and for common colour-vision deficiencies.
 */
public final class Palette {
    public static final int TEXT = 0x1D2633;
    public static final int MUTED = 0x5A6577;
    public static final int GRID = 0xE3E8EE;
    public static final int AXIS = 0x8A94A3;
    public static final int TARGET = 0x137A3A;
    public static final int DEMAND = 0x1D2633;
    public static final int SHORTFALL = 0xB42323;
    public static final int CUMULATIVE = 0x1D2633;
    /** The NdPr price: the separation stage's blue, as the price is that of separated oxide. */
    public static final int PRICE = 0x2563EB;
    private static final List<Integer> AREAS = List.of(0xD97706, 0x2563EB, 0x0F766E, 0x16A34A, 0x8B3FD9, 0xDB2777,
            0x0891B2, 0x64748B, 0xCA8A04, 0x9A3412, 0x4F46E5, 0x65A30D);

    private Palette() {
    }

    public static int stage(Stage stage) {
        return switch (stage) {
            case MINING -> 0xD97706;
            case SEPARATION -> 0x2563EB;
            case MAGNETS -> 0x8B3FD9;
        };
    }

    public static int region(Region region) {
        return switch (region) {
            case CHINA -> 0xD9622B;
            case ALLIED -> 0x0F766E;
            case ROW -> 0x8796A8;
        };
    }

    /** The colour of the focus area at {@code index} of the catalog (cycling after twelve). */
    public static int focusArea(int index) {
        return AREAS.get(Math.floorMod(index, AREAS.size()));
    }
}
