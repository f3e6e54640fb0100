package org.reeplanner.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * The icons the app uses, named by what they mean rather than by what they show: Material Design 2 glyphs, each
 * given by the icon pack's description and code point. Naming the pack's own constants instead
 * ({@code MaterialDesignC.CHART_LINE}, ...) would set up its twelve letter enums, 4,080 constants, on the first
 * icon shown: ~25 ms of the window's start-up (docs/performance.md). {@code IconTest} checks every glyph against
 * the pack.
 */
public enum Icon {
    NEW("mdi2f-file-plus-outline", 0xF0EED),
    OPEN("mdi2f-folder-open-outline", 0xF0DCF),
    RECENT("mdi2h-history", 0xF02DA),
    SAVE("mdi2c-content-save-outline", 0xF0818),
    SAVE_AS("mdi2c-content-save-edit-outline", 0xF0CFC),
    UNDO("mdi2u-undo", 0xF054C),
    REDO("mdi2r-redo", 0xF044E),
    RENAME("mdi2r-rename-box", 0xF0455),
    COMPARE("mdi2c-compare-horizontal", 0xF1492),
    QUIT("mdi2e-exit-to-app", 0xF0206),
    RESET("mdi2r-restore", 0xF099B),
    COPY("mdi2c-content-copy", 0xF018F),
    SAVE_IMAGE("mdi2c-content-save", 0xF0193),
    ABOUT("mdi2i-information-outline", 0xF02FD),
    SUPPLY("mdi2c-chart-areaspline", 0xF0127),
    SHARE("mdi2c-chart-line", 0xF012A),
    COSTS("mdi2c-cash-multiple", 0xF0116),
    MARKET("mdi2s-scale-balance", 0xF05D1),
    UNCERTAINTY("mdi2c-chart-bell-curve", 0xF0C50),
    TORNADO("mdi2c-chart-gantt", 0xF066C),
    ATTRIBUTION("mdi2c-chart-bar-stacked", 0xF076A),
    OPTIMISE("mdi2t-tune-variant", 0xF1542),
    GOAL_SEEK("mdi2b-bullseye-arrow", 0xF08C9),
    SETTINGS("mdi2c-cog-outline", 0xF08BB),
    CANCEL("mdi2c-close-circle-outline", 0xF015A),
    RUN("mdi2p-play-outline", 0xF0F1B),
    APPLY("mdi2c-check-bold", 0xF0E1E),
    STRESS("mdi2a-alert-outline", 0xF002A),
    TABLE("mdi2t-table", 0xF04EB),
    INFO("mdi2i-information-outline", 0xF02FD),
    EXPORT_WORKBOOK("mdi2f-file-excel-outline", 0xF102D),
    EXPORT_DECK("mdi2f-file-powerpoint-outline", 0xF1035),
    EXPORT_CHARTS("mdi2i-image-multiple-outline", 0xF02EF),
    EXPORT_CSV("mdi2f-file-delimited-outline", 0xF0EA5),
    OPEN_FOLDER("mdi2f-folder-open-outline", 0xF0DCF),
    DONE("mdi2c-check-circle-outline", 0xF05E1),
    CLOSE("mdi2c-close", 0xF0156),
    PIN("mdi2p-pin-outline", 0xF0931),
    PRESENT("mdi2p-presentation-play", 0xF0429),
    DETACH_CHART("mdi2m-monitor-multiple", 0xF037A),
    THEME("mdi2t-theme-light-dark", 0xF050E),
    ASSUMPTIONS("mdi2t-tune", 0xF062E),
    GUIDE("mdi2b-book-open-page-variant", 0xF05DA),
    SEARCH("mdi2m-magnify", 0xF0349);

    private final Glyph glyph;

    Icon(String description, int code) {
        this.glyph = new Glyph(description, code);
    }

    /**
     * Reads and registers the icon font now (Ikonli does it on the first icon: ~25 ms at start-up). Call it on a
     * background thread before the window is built, so that the first icon does not wait for it; any thread may.
     */
    public static void loadFont() {
        IkonResolver.getInstance();
    }

    /** A fresh icon node (a node can only sit in one place of the scene graph). */
    public FontIcon node() {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** The glyph: its description ("mdi2c-chart-line") picks the icon font, its code the character. */
    Ikon glyph() {
        return glyph;
    }

    private record Glyph(String description, int code) implements Ikon {
        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCode() {
            return code;
        }
    }
}
