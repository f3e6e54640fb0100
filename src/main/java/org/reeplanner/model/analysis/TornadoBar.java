package org.reeplanner.model.analysis;

import org.reeplanner.model.Unit;

/**
 * One bar of a tornado chart: the output when one input is set to its low and to its high value, all else at base.
 * {@code unit} is the input's unit (USD bn for levers).
 */
public record TornadoBar(Kind kind, String key, String label, Unit unit, double inputLow, double inputHigh,
                         double outputLow, double outputHigh, double outputBase) {

    /** Whether the bar varies a model parameter or a lever's money. */
    public enum Kind { PARAMETER, LEVER }

    /** The width of the bar: how far the output moves across the input's range. */
    public double swing() {
        return Math.abs(outputHigh - outputLow);
    }
}
