package org.reeplanner.ui.common;

/**
 * Runs a view model's redraw at once while its view is on screen, and otherwise once it is shown again: a hidden tab
 * skips the work while a slider is dragged and catches up when selected.
 */
public final class WhileShown {
    private final Runnable redraw;
    private boolean active = true;
    private boolean stale;

    public WhileShown(Runnable redraw) {
        this.redraw = redraw;
    }

    /** Whether the view is on screen; becoming shown runs a redraw that was put off. */
    public void setActive(boolean on) {
        active = on;
        if (on && stale) {
            request();
        }
    }

    /** Redraws now if the view is on screen, else when it is shown. */
    public void request() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        redraw.run();
    }

    /** Marks a redraw as due without running it, e.g. after one failed: the next showing runs it. */
    public void putOff() {
        stale = true;
    }
}
