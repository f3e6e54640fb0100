package org.reeplanner.ui.analysis;

/**
 * One column of the attribution waterfall: a total (the baseline or the scenario, drawn from the axis) or a part of
 * the change (drawn from the running total before it to the one after), in axis units, with its text.
 */
public record WaterfallStep(String label, Kind kind, double from, double to, String text) {

    /** What a column is: a total, a part that improves the result, one that worsens it, or one with no direction. */
    public enum Kind { TOTAL, BETTER, WORSE, NEUTRAL }

    /** The part's size in axis units (for a total, its value). */
    public double change() {
        return kind == Kind.TOTAL ? to : to - from;
    }
}
