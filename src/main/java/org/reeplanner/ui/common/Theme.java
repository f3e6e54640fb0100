package org.reeplanner.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The looks the user can choose: AtlantaFX's Primer as the user-agent stylesheet (its binary form, which loads
 * without parsing 170 kB of CSS at start-up), then our base stylesheet with looked-up colours and a small palette
 * per theme on each scene. The id is what the preferences store.
 */
public enum Theme {
    LIGHT("themes/theme-light.css", new PrimerLight().getUserAgentStylesheetBSS(), Messages.key("theme.light")),
    DARK("themes/theme-dark.css", new PrimerDark().getUserAgentStylesheetBSS(), Messages.key("theme.dark")),
    HIGH_CONTRAST("themes/theme-high-contrast.css", new PrimerDark().getUserAgentStylesheetBSS(),
            Messages.key("theme.highContrast"));

    static final String BASE = "themes/base.css";
    private final String palette;
    private final String userAgentStylesheet;
    private final String titleKey;

    Theme(String palette, String userAgentStylesheet, String titleKey) {
        this.palette = palette;
        this.userAgentStylesheet = userAgentStylesheet;
        this.titleKey = titleKey;
    }

    String palette() {
        return palette;
    }

    /** The stable id stored in the preferences: {@code light}, {@code dark}, {@code high-contrast}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme's name for people, e.g. "High contrast". */
    public String title() {
        return Messages.get(titleKey);
    }

    /** The theme with this id, or {@link #LIGHT} for an unknown or missing one (a damaged preferences file). */
    public static Theme fromId(String id) {
        for (Theme t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return LIGHT;
    }

    /** Makes this theme's AtlantaFX base the application's default look (every window, dialogs included). */
    public void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** Replaces the scene's stylesheets: the base sheet, then this theme's palette (which may refine a few rules). */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(Resources.stylesheet(BASE), Resources.stylesheet(palette));
    }
}
