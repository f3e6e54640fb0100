package org.reeplanner.ui.common;

import java.net.URL;
import javafx.scene.image.Image;

/**
 * Looks up the application's assets (stylesheets, icons) on the class path under {@code /assets/} and fails loudly,
 * naming the missing path, instead of silently showing an unstyled or icon-less window.
 */
public final class Resources {
    static final String ROOT = "/assets/";

    private Resources() {
    }

    /** The URL of an asset below {@code /assets/}, e.g. {@code themes/base.css}. */
    public static URL url(String relativePath) {
        String path = ROOT + relativePath;
        URL url = Resources.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("asset missing from the application: " + path);
        }
        return url;
    }

    /** A stylesheet as the external form a {@code Scene} or {@code Parent} expects. */
    public static String stylesheet(String relativePath) {
        return url(relativePath).toExternalForm();
    }

    /** An image, loaded at once so a broken file fails here rather than showing nothing. */
    public static Image image(String relativePath) {
        Image image = new Image(url(relativePath).toExternalForm(), false);
        if (image.isError()) {
            throw new IllegalStateException("asset image unreadable: " + ROOT + relativePath, image.getException());
        }
        return image;
    }
}
