package org.reeplanner.io.report;

import java.util.Locale;
import org.reeplanner.model.Region;
import org.reeplanner.model.Stage;

/**
 * What a colour means on a chart, defined once for the window and the exports: each role names the theme colour the
 * window draws it with ({@code -ree-<name>} in assets/themes, a line's style class {@code series-<name>}) and the
 * 0xRRGGBB the exports use, which is the light theme's value, so China is the same orange on screen and in every
 * file. Series colours avoid pure green and red, which mean better and worse on the cards.
 */
public enum ColourRole {
    STAGE_MINING(0xD97706),
    STAGE_SEPARATION(0x2563EB),
    STAGE_MAGNETS(0x8B3FD9),
    REGION_ALLIED(0x0F766E),
    REGION_ROW(0x8796A8),
    REGION_CHINA(0xD9622B),
    RECYCLED(0x0EA5E9),
    DEMAND(0x1D2633),
    CUMULATIVE(0x1D2633),
    STOCKPILE(0x2563EB),
    SHORTFALL(0xC0392B),
    STRESS(0xD97706),
    TOTAL(0x5A6577),
    TARGET(0xB42323),
    /** The no-new-investment entry and totals of a waterfall. */
    NEUTRAL(0x5F6B7A),
    BETTER(0x137A3A),
    WORSE(0xB42323),
    TORNADO_LOW(0x2563EB),
    TORNADO_HIGH(0xD97706),
    AREA_0(0x4E79A7),
    AREA_1(0xF28E2B),
    AREA_2(0x76B7B2),
    AREA_3(0x59A14F),
    AREA_4(0xEDC948),
    AREA_5(0xB07AA1),
    AREA_6(0xFF9DA7),
    AREA_7(0x9C755F),
    AREA_8(0xE15759),
    AREA_9(0xBAB0AC);

    /** How many focus-area colours there are before they repeat. */
    public static final int AREAS = 10;
    private final int rgb;

    ColourRole(int rgb) {
        this.rgb = rgb;
    }

    /** The theme's name of the colour, e.g. {@code region-china}: the window's style class is "series-" + it. */
    public String themeName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The colour in exports as 0xRRGGBB (the light theme's). */
    public int rgb() {
        return rgb;
    }

    /** The colour mixed with white, {@code strength} 0 (white) to 1 (the colour): a shaded band behind lines. */
    public int tint(double strength) {
        int r = mix(rgb >> 16 & 0xFF, strength);
        int g = mix(rgb >> 8 & 0xFF, strength);
        int b = mix(rgb & 0xFF, strength);
        return r << 16 | g << 8 | b;
    }

    /** The colour darkened, {@code strength} 0 (black) to 1 (the colour): a dashed line over its own band. */
    public int shade(double strength) {
        int r = (int) Math.round((rgb >> 16 & 0xFF) * strength);
        int g = (int) Math.round((rgb >> 8 & 0xFF) * strength);
        int b = (int) Math.round((rgb & 0xFF) * strength);
        return r << 16 | g << 8 | b;
    }

    public static ColourRole stage(Stage stage) {
        return switch (stage) {
            case MINING -> STAGE_MINING;
            case SEPARATION -> STAGE_SEPARATION;
            case MAGNETS -> STAGE_MAGNETS;
        };
    }

    public static ColourRole region(Region region) {
        return switch (region) {
            case CHINA -> REGION_CHINA;
            case ALLIED -> REGION_ALLIED;
            case ROW -> REGION_ROW;
        };
    }

    /** The colour of the focus area at {@code index} of the catalog, cycling after {@value #AREAS}. */
    public static ColourRole area(int index) {
        return values()[AREA_0.ordinal() + Math.floorMod(index, AREAS)];
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }
}
