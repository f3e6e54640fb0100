package org.reeplanner.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look of the app: AtlantaFX's Primer as the user-agent stylesheet, then our base stylesheet with looked-up
 * colours and a small palette per theme on the scene.
 */
public enum Theme {
    LIGHT("themes/theme-light.css", new PrimerLight().getUserAgentStylesheet());

    static final String BASE = "themes/base.css";
    private final String palette;
    private final String userAgentStylesheet;

    Theme(String palette, String userAgentStylesheet) {
        this.palette = palette;
        this.userAgentStylesheet = userAgentStylesheet;
    }

    String palette() {
        return palette;
    }

    /** Makes this theme's AtlantaFX base the application's default look; call before any window is shown. */
    public void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** Replaces the scene's stylesheets with this theme's palette and the base sheet. */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(Resources.stylesheet(palette), Resources.stylesheet(BASE));
    }
}
