package org.reeplanner.ui.common;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where a window goes and how big it is, worked out from the screens' usable areas alone (no stage): a first start
 * fills about 80 % of the primary screen, centred; later starts put the window back where it was, moved and shrunk
 * onto the screen it overlaps most; and never below the size the layout needs, unless the screen itself is smaller.
 */
public final class WindowPlacement {
    /** The share of the screen's width and height a window takes when nothing was saved. */
    public static final double SCREEN_SHARE = 0.8;

    private WindowPlacement() {
    }

    /** A first start: {@link #SCREEN_SHARE} of {@code screen}, at least {@code min} (within the screen), centred. */
    public static Rectangle2D firstStart(Rectangle2D screen, double minWidth, double minHeight) {
        return centred(screen, screen.getWidth() * SCREEN_SHARE, screen.getHeight() * SCREEN_SHARE, minWidth,
                minHeight);
    }

    /** A window of {@code width}×{@code height} (what its content needs), no larger than the screen, centred. */
    public static Rectangle2D centred(Rectangle2D screen, double width, double height, double minWidth,
                                      double minHeight) {
        double w = clamp(Math.max(width, minWidth), screen.getWidth());
        double h = clamp(Math.max(height, minHeight), screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /**
     * The saved bounds moved and shrunk to lie wholly on the screen they overlap most, at least {@code min} where
     * that screen allows; empty when they overlap no screen (the screen they were on is gone).
     */
    public static Optional<Rectangle2D> restore(Rectangle2D saved, List<Rectangle2D> screens, double minWidth,
                                                double minHeight) {
        return screens.stream().filter(s -> overlap(s, saved) > 0)
                .max(Comparator.comparingDouble(s -> overlap(s, saved)))
                .map(screen -> {
                    double w = clamp(Math.max(saved.getWidth(), minWidth), screen.getWidth());
                    double h = clamp(Math.max(saved.getHeight(), minHeight), screen.getHeight());
                    double x = Math.min(Math.max(saved.getMinX(), screen.getMinX()), screen.getMaxX() - w);
                    double y = Math.min(Math.max(saved.getMinY(), screen.getMinY()), screen.getMaxY() - h);
                    return new Rectangle2D(x, y, w, h);
                });
    }

    private static double clamp(double size, double screen) {
        return Math.floor(Math.min(size, screen));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
