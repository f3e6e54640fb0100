package org.reeplanner.ui.charts;

/**
 * Runs a view model's redraw at once while its view is on screen, and otherwise once it is shown again: a hidden tab
 * skips the work while a slider is dragged and catches up when selected.
 */
final class WhileShown {
    private final Runnable redraw;
    private boolean active = true;
    private boolean stale;

    WhileShown(Runnable redraw) {
        this.redraw = redraw;
    }

    /** Whether the view is on screen; becoming shown runs a redraw that was put off. */
    void setActive(boolean on) {
        active = on;
        if (on && stale) {
            request();
        }
    }

    /** Redraws now if the view is on screen, else when it is shown. */
    void request() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        redraw.run();
    }
}
