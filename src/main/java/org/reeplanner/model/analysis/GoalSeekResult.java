package org.reeplanner.model.analysis;

import java.util.Optional;

/**
 * The least budget found that makes a series reach a target by a year, with its split; or, when the target is out of
 * reach within the bounds, the best value the whole bounded budget achieves.
 */
public record GoalSeekResult(boolean reachable, double target, boolean atMost, OptimisationResult best) {

    /** The least budget's split, when the target is reachable. */
    public Optional<OptimisationResult> solution() {
        return reachable ? Optional.of(best) : Optional.empty();
    }
}
