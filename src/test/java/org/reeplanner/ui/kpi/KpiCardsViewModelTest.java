package org.reeplanner.ui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.scenarios.ScenarioSession;

class KpiCardsViewModelTest {

    @Nested
    class SeedBaseline {
        private final ScenarioSession session = Shipped.session("seed-baseline");
        private final KpiCardsViewModel vm = new KpiCardsViewModel(session.resultProperty());

        @Test
        void showsSevenCardsInTheSpecOrderWithTheHeavyCardBesideSelfSufficiency() {
            assertThat(vm.cards()).extracting(c -> c.kind().cardId()).containsExactly(
                    "kpi-share-china-separation", "kpi-self-sufficiency", "kpi-self-sufficiency-heavy",
                    "kpi-processing-cost",
                    "kpi-programme-spend", "kpi-supply-risk", "kpi-stress-shortfall");
        }

        // Shapes rather than digits, so recalibrating the model does not break the test; the digits are checked
        // against the model's own KPIs below.
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "CHINA_SEPARATION | China separation share  | \\d{1,3}%          | −\\d+\\.\\d pp        | BETTER",
            "SELF_SUFFICIENCY | Allied self-sufficiency | \\d{1,3}%          | \\+\\d+\\.\\d pp       | BETTER",
            "PROCESSING_COST  | Allied processing cost (USD/kg) | \\d+\\.\\d | −\\d+\\.\\d | BETTER",
            "PROGRAMME_SPEND  | Total spend to 2030 (USD bn) | 5\\.5 | \\+5\\.5 | CHANGED",
            "SUPPLY_RISK      | Supply-risk index       | 0\\.\\d\\d           | −0\\.\\d{3}           | BETTER",
            "STRESS_SHORTFALL | Stress-test shortfall   | \\d+(\\.\\d)? k?t    | −\\d+(\\.\\d)? k?t     | BETTER"})
        void cardTextsAndColoursAgainstTheNoInvestmentBaseline(KpiCardKind kind, String title, String value,
                                                               String change, Trend trend) {
            KpiCardViewModel card = vm.card(kind);
            assertThat(card.titleProperty().get()).isEqualTo(title);
            assertThat(card.valueProperty().get()).matches(value);
            assertThat(card.changeProperty().get()).matches(change);
            assertThat(card.trendProperty().get()).isEqualTo(trend);
            assertThat(card.baselineProperty().get()).startsWith("vs ");
        }

        @Test
        void textsAreTheModelsKpisFormattedForPeople() {
            KpiSet kpis = KpiSet.of(session.result().scenario(), session.result().baseline(), 2030);

            Kpi share = kpis.card(KpiSet.CHINA_SEPARATION);
            assertThat(vm.card(KpiCardKind.CHINA_SEPARATION).valueProperty().get())
                    .isEqualTo(Formats.percent(share.value()));
            Kpi selfSufficiency = kpis.card(KpiSet.SELF_SUFFICIENCY);
            assertThat(vm.card(KpiCardKind.SELF_SUFFICIENCY).changeProperty().get())
                    .isEqualTo(Formats.pointsChange(selfSufficiency.change()));
            Kpi cost = kpis.card(KpiSet.PROCESSING_COST);
            assertThat(vm.card(KpiCardKind.PROCESSING_COST).baselineProperty().get())
                    .isEqualTo("vs " + Formats.fixed(cost.baseline(), 1));
            Kpi shortfall = kpis.card(KpiSet.STRESS_SHORTFALL);
            assertThat(vm.card(KpiCardKind.STRESS_SHORTFALL).valueProperty().get())
                    .isEqualTo(Formats.tonnes(shortfall.value()));
            assertThat(vm.card(KpiCardKind.STRESS_SHORTFALL).changeProperty().get())
                    .isEqualTo(Formats.tonnesChange(shortfall.change()));
        }

        @Test
        void helpSaysWhichDirectionIsBetter() {
            assertThat(vm.card(KpiCardKind.SELF_SUFFICIENCY).helpProperty().get())
                    .contains("in 2030").contains("Higher is better");
            assertThat(vm.card(KpiCardKind.PROCESSING_COST).helpProperty().get()).contains("Lower is better");
        }
    }

    @Test
    void theNoInvestmentScenarioChangesNothing() {
        KpiCardsViewModel vm = new KpiCardsViewModel(Shipped.session("no-new-investment").resultProperty());

        assertThat(vm.cards()).allSatisfy(card -> {
            assertThat(card.trendProperty().get()).isEqualTo(Trend.UNCHANGED);
            assertThat(card.changeProperty().get()).isEqualTo(KpiCardViewModel.NO_CHANGE);
        });
    }

    @Test
    void processingMoneyTurnsTheChinaSeparationCardGreenInPlace() {
        ScenarioSession session = Shipped.session("seed-baseline");
        KpiCardsViewModel vm = new KpiCardsViewModel(session.resultProperty());
        List<KpiCardViewModel> before = List.copyOf(vm.cards());

        Scenario funded = session.scenario().withInvestment("processing", 5.0);
        session.setScenario(funded);

        KpiCardViewModel card = vm.card(KpiCardKind.CHINA_SEPARATION);
        assertThat(vm.cards()).containsExactlyElementsOf(before);
        assertThat(card.trendProperty().get()).isEqualTo(Trend.BETTER);
        assertThat(card.changeProperty().get()).startsWith("−").endsWith(" pp");
    }

    @Test
    void anotherTargetYearRetitlesAndRecomputesTheCards() {
        KpiCardsViewModel vm = new KpiCardsViewModel(Shipped.session("seed-baseline").resultProperty());
        String spend2030 = vm.card(KpiCardKind.PROGRAMME_SPEND).valueProperty().get();

        vm.targetYearProperty().set(2026);

        assertThat(vm.card(KpiCardKind.PROGRAMME_SPEND).titleProperty().get())
                .isEqualTo("Total spend to 2026 (USD bn)");
        assertThat(vm.card(KpiCardKind.PROGRAMME_SPEND).valueProperty().get()).isNotEqualTo(spend2030);
    }

    @Nested
    class HeavySelfSufficiency {
        private final ScenarioSession session = Shipped.session("no-new-investment");
        private final KpiCardsViewModel vm = new KpiCardsViewModel(session.resultProperty());

        @Test
        void isNearFivePercentIn2025WithoutNewInvestment() {
            vm.targetYearProperty().set(2025);
            KpiCardViewModel card = vm.card(KpiCardKind.HEAVY_SELF_SUFFICIENCY);

            assertThat(card.titleProperty().get()).isEqualTo("Heavy-REE self-sufficiency");
            assertThat(card.valueProperty().get()).isIn("4%", "5%", "6%");
            assertThat(card.changeProperty().get()).isEqualTo("no change");
            assertThat(card.helpProperty().get()).endsWith("Higher is better.");
        }

        @Test
        void risesWithHeavySeparationMoneyInPointsAgainstNoNewInvestment() {
            vm.targetYearProperty().set(2027);
            KpiCardViewModel card = vm.card(KpiCardKind.HEAVY_SELF_SUFFICIENCY);
            double before = session.result().scenario().value(Series.SELF_SUFFICIENCY_HEAVY, 2027);

            session.setScenario(session.scenario().withInvestment("heavySeparation", 2));

            double after = session.result().scenario().value(Series.SELF_SUFFICIENCY_HEAVY, 2027);
            assertThat(after).isGreaterThan(before);
            assertThat(card.valueProperty().get()).isEqualTo(Formats.percent(after));
            assertThat(card.changeProperty().get()).isEqualTo(Formats.pointsChange(after - before)).startsWith("+");
            assertThat(card.trendProperty().get()).isEqualTo(Trend.BETTER);
        }
    }
}
