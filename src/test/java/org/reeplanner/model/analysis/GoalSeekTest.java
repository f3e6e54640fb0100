package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.model.Scenario;

class GoalSeekTest {
    private final Optimiser optimiser = new Optimiser(AnalysisFixtures.MODEL);
    private final GoalSeek goalSeek = new GoalSeek(optimiser);
    private final Scenario seed = AnalysisFixtures.scenario("seed-baseline");

    @Test
    void findsTheLeastBudgetThatBringsChinasSeparationShareToTheTarget() {
        GoalSeekResult result = goalSeek.seek(seed, "share.china.separation", 2032, 0.80, true,
                optimiser.defaultBounds(), Progress.NONE);
        assertThat(result.reachable()).isTrue();
        OptimisationResult found = result.solution().orElseThrow();
        assertThat(found.value()).isLessThanOrEqualTo(0.80);
        OptimisationResult less = optimiser.optimise(seed, new Objective("share.china.separation", 2032, false),
                found.budgetUsdBn() - 0.05, optimiser.defaultBounds(), Progress.NONE);
        assertThat(less.value()).as("a little less money misses the target").isGreaterThan(0.80);
    }

    @Test
    void saysWhenTheTargetCannotBeReachedWithinTheBounds() {
        GoalSeekResult result = goalSeek.seek(seed, "share.china.separation", 2032, 0.10, true,
                optimiser.defaultBounds(), Progress.NONE);
        assertThat(result.reachable()).isFalse();
        assertThat(result.solution()).isEmpty();
        assertThat(result.best().value()).as("the best it can do").isGreaterThan(0.10);
    }
}
