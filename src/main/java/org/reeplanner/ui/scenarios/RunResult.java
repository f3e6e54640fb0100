package org.reeplanner.ui.scenarios;

import org.reeplanner.model.Projection;

/**
 * One evaluation of the current scenario: its projection, the projection of the same scenario without new
 * investment (the baseline every result is compared with) and how long the two model runs took.
 */
public record RunResult(Projection scenario, Projection baseline, long runNanos) {

    public double runMillis() {
        return runNanos / 1e6;
    }
}
