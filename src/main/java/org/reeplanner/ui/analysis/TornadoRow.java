package org.reeplanner.ui.analysis;

/**
 * One bar of the tornado as drawn: what varies, in plain words with its range and unit, and the result with that input
 * at its low and at its high end (in axis units, with texts), so the bar runs from one to the other through the base.
 */
public record TornadoRow(String label, boolean lever, double atLow, double atHigh, String atLowText,
                         String atHighText) {

    /** The bar's width in axis units. */
    public double swing() {
        return Math.abs(atHigh - atLow);
    }
}
