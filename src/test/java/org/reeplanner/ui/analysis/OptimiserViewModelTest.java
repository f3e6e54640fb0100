package org.reeplanner.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.reeplanner.ui.scenarios.ScenarioSession;

class OptimiserViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final Scenario seed = session.scenario();
    private final ScenarioDocument document = new ScenarioDocument(session, null);
    private final OptimiserViewModel vm = new OptimiserViewModel(session, new YearCursor(2030, 2025, 2040),
            new StudyRunner(BackgroundTasks.sameThread()), document::edit);

    private BoundsRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class Validation {
        @Test
        void defaultsAreTheScenarioTotalAndZeroToEachSliderMaximum() {
            assertThat(vm.budgetProperty().get()).isEqualTo("5.5");
            assertThat(row("mining").minProperty().get()).isEqualTo("0");
            assertThat(row("mining").maxProperty().get()).isEqualTo("12");
            assertThat(vm.directionProperty().get()).isEqualTo(OptimiserViewModel.MINIMISE);
            assertThat(vm.validate()).isTrue();
            assertThat(vm.errorProperty().get()).isEmpty();
        }

        @Test
        void aBudgetMustBeANumberWithinWhatTheBoundsAllow() {
            vm.budgetProperty().set("lots");
            assertThat(vm.validate()).isFalse();
            assertThat(vm.errorProperty().get()).startsWith("Budget: ").contains("not a number");

            vm.budgetProperty().set("70");
            assertThat(vm.errorProperty().get()).contains("between").contains("USD 61.5 bn");

            row("mining").minProperty().set("4");
            vm.budgetProperty().set("3");
            assertThat(vm.errorProperty().get()).contains("least the bounds allow (USD 4.0 bn)");
        }

        @Test
        void eachLeversLeastMustBeAValidAmountNotAboveItsMost() {
            row("recycling").minProperty().set("2");
            row("recycling").maxProperty().set("1");
            assertThat(vm.validate()).isFalse();
            assertThat(vm.errorProperty().get())
                    .isEqualTo("Recycling programmes: the least (2) is above the most (1).");
            assertThat(row("recycling").errorProperty().get()).isNotEmpty();

            row("recycling").maxProperty().set("-1");
            assertThat(vm.errorProperty().get()).contains("cannot be negative");
            row("recycling").maxProperty().set("3");
            assertThat(vm.validate()).isTrue();
        }

        @Test
        void aGoalSeekNeedsANumericTargetButNoBudget() {
            vm.modeProperty().set(OptimiserViewModel.GOAL_SEEK);
            vm.budgetProperty().set("nonsense");
            vm.targetProperty().set("75");
            assertThat(vm.validate()).isTrue();
            vm.targetProperty().set("three quarters");
            assertThat(vm.errorProperty().get()).startsWith("Target: enter a number in %");
        }
    }

    @Test
    void openingStartsFromTheScenarioAsItIsNow() {
        session.setScenario(session.scenario().withInvestment("processing", 2));
        vm.budgetProperty().set("9");

        vm.open(OptimiserViewModel.GOAL_SEEK);

        assertThat(vm.modeProperty().get()).isEqualTo(OptimiserViewModel.GOAL_SEEK);
        assertThat(vm.budgetProperty().get()).isEqualTo("7.5");
        assertThat(vm.yearProperty().get()).isEqualTo(2030);
        assertThat(row("processing").nowProperty().get()).isEqualTo("2");
    }

    @Test
    void aRunShowsTheSplitItsValueAgainstTheOwnSplitAndEachLeversMarginalEffect() {
        vm.run();

        assertThat(vm.foundProperty().get()).isNotNull();
        assertThat(vm.foundProperty().get().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(5.5, within(0.05));
        assertThat(vm.summaryProperty().get()).startsWith("China separation share in 2030: ")
                .contains("scenario's own split");
        assertThat(row("processing").marginalProperty().get()).endsWith(" pp");
        assertThat(row("processing").resultProperty().get()).isNotEmpty();
    }

    @Test
    void anUnreachableGoalSaysSoWithTheBestAchievable() {
        vm.modeProperty().set(OptimiserViewModel.GOAL_SEEK);
        vm.targetProperty().set("1");
        vm.rows().forEach(r -> r.maxProperty().set("0.2"));
        vm.run();
        assertThat(vm.summaryProperty().get()).startsWith("Not reachable within the bounds \u2014 best achievable:");
    }

    @Test
    void applyingTheSplitIsOneUndoableStep() {
        vm.run();
        vm.apply();

        Scenario applied = document.scenario();
        assertThat(applied).isNotEqualTo(seed);
        vm.foundProperty().get().forEach((id, money) ->
                assertThat(applied.lever(id).investmentUsdBn()).isEqualTo(money));
        assertThat(applied.lever("mining").startYear()).as("timing is kept").isEqualTo(seed.lever("mining")
                .startYear());

        document.undo();
        assertThat(document.scenario()).isEqualTo(seed);
        assertThat(document.canUndoProperty().get()).as("one step").isFalse();
        assertThat(row("processing").nowProperty().get()).isEqualTo("0");
    }
}
