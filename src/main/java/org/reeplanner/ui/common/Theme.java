package org.reeplanner.ui.common;

import javafx.scene.Scene;

/** The look of the app: one base stylesheet with looked-up colours plus a small palette per theme. */
public enum Theme {
    LIGHT("theme-light.css");

    static final String BASE = "base.css";
    private final String palette;

    Theme(String palette) {
        this.palette = palette;
    }

    String palette() {
        return palette;
    }

    /** Replaces the scene's stylesheets with this theme's palette and the base sheet. */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(Resources.stylesheet(palette), Resources.stylesheet(BASE));
    }
}
