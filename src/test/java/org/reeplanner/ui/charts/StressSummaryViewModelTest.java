package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Projection;
import org.reeplanner.io.report.Narrative;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.kpi.KpiCardKind;
import org.reeplanner.ui.kpi.KpiCardsViewModel;
import org.reeplanner.ui.scenarios.ScenarioSession;

class StressSummaryViewModelTest {
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);

    @Test
    void anEventInTheScenarioIsSummedOverItsYears() {
        ScenarioSession session = Shipped.session("export-ban-stress");
        StressSummaryViewModel vm = new StressSummaryViewModel(session.resultProperty(), cursor);
        DisruptionEvent e = session.scenario().disruption();
        Projection p = session.result().scenario();

        assertThat(vm.headlineProperty().get()).contains(e.months() + " months from January " + e.startYear());
        List<StressFigure> f = vm.figures();
        assertThat(f).extracting(StressFigure::id).containsExactly("stress-shortfall", "stress-cover",
                "stress-price", "stress-cost");
        assertThat(f.get(0).valueProperty().get()).isEqualTo(Formats.tonnesOf(p.value(Series.SHORTFALL,
                e.startYear()), "REO"));
        assertThat(f.get(2).valueProperty().get()).isEqualTo(Formats.multiplier(p.value(Series.PRICE_MULTIPLIER,
                e.startYear())));
        assertThat(f.get(3).valueProperty().get()).isEqualTo(Formats.usdBn(p.value(Series.SHORTFALL_COST,
                e.startYear())));
        assertThat(f.get(1).valueProperty().get()).endsWith("days left");
        assertThat(f).allSatisfy(x -> assertThat(x.comparisonProperty().get()).endsWith("vs no new investment"));
    }

    @Test
    void theStressTabTheKpiCardAndTheSummaryGiveOneShortfall() {
        ScenarioSession session = Shipped.session("export-ban-stress");
        StressSummaryViewModel stress = new StressSummaryViewModel(session.resultProperty(), cursor);
        KpiCardsViewModel cards = new KpiCardsViewModel(session.resultProperty(), cursor);
        String summary = Narrative.of(Shipped.MODEL, session.scenario(), cursor.year());

        String card = cards.card(KpiCardKind.STRESS_SHORTFALL).valueProperty().get();
        assertThat(stress.figures().get(0).valueProperty().get()).isEqualTo(card + " REO");
        assertThat(summary).contains(" " + card + " short");
        assertThat(cards.card(KpiCardKind.STRESS_SHORTFALL).titleProperty().get())
                .isEqualTo("Shortfall in the " + session.scenario().disruption().startYear() + " restriction");
    }

    @Test
    void withoutAnEventItShowsTheStressTestAtTheCursorYear() {
        ScenarioSession session = Shipped.session("seed-baseline");
        StressSummaryViewModel vm = new StressSummaryViewModel(session.resultProperty(), cursor);
        cursor.moveTo(2033);

        assertThat(vm.headlineProperty().get()).startsWith("No export restriction").contains("from 2033");
        assertThat(vm.figures().get(0).valueProperty().get()).isEqualTo(Formats.tonnesOf(
                session.result().scenario().value(Series.STRESS_SHORTFALL, 2033), "REO"));
        assertThat(vm.figures().get(2).valueProperty().get()).isEqualTo("\u2013");
    }

    @Test
    void theReplayShowsItsTargetItsAprilStartThreeMonthlyBarsAndTheMagnetsLeftShort() {
        ScenarioSession session = Shipped.session("china-controls-2025-replay");
        StressSummaryViewModel vm = new StressSummaryViewModel(session.resultProperty(), cursor);
        Projection p = session.result().scenario();

        assertThat(vm.targetProperty().get()).isEqualTo("Heavy rare earths and magnets");
        assertThat(vm.startProperty().get()).isEqualTo("from April 2025, 3 months");
        assertThat(vm.headlineProperty().get()).contains("up to 73%").contains("3 months from April 2025");
        assertThat(vm.barsProperty().get()).extracting(StressSummaryViewModel.MonthBar::month)
                .containsExactly("Apr", "May", "Jun");
        assertThat(vm.barsProperty().get()).extracting(StressSummaryViewModel.MonthBar::text)
                .containsExactly("43%", "73%", "30%");
        assertThat(p.value(Series.SHORTFALL_MAGNETS, 2025)).isBetween(5_100.0, 5_200.0);
        assertThat(vm.groups()).extracting(StressFigure::id).containsExactly("stress-magnets", "stress-heavy",
                "stress-dytb");
        assertThat(vm.groups().get(0).valueProperty().get()).isEqualTo("5.2 kt NdFeB");
        assertThat(vm.groups().get(1).valueProperty().get()).isEqualTo(Formats.tonnesOf(
                p.value(Series.SHORTFALL_HEAVY, 2025), "REO"));
        assertThat(vm.groups().get(2).valueProperty().get()).isEqualTo(Formats.usdPerKgWhole(
                p.value(Series.PRICE_DYTB, 2025))).matches("USD \\d,\\d{3}/kg");
        assertThat(vm.figures().get(0).valueProperty().get()).isEqualTo(Formats.tonnesOf(
                p.value(Series.SHORTFALL, 2025), "REO"));
    }

    @Test
    void anEventFromNovemberCountsTheNextYearsMonthsToo() {
        ScenarioSession session = Shipped.session("snap-back-2026");
        StressSummaryViewModel vm = new StressSummaryViewModel(session.resultProperty(), cursor);
        Projection p = session.result().scenario();

        assertThat(vm.barsProperty().get()).extracting(StressSummaryViewModel.MonthBar::month)
                .containsExactly("Nov", "Dec", "Jan", "Feb", "Mar", "Apr");
        double magnets = p.value(Series.SHORTFALL_MAGNETS, 2026) + p.value(Series.SHORTFALL_MAGNETS, 2027);
        assertThat(vm.groups().get(0).valueProperty().get()).isEqualTo(Formats.tonnesOf(magnets, "NdFeB"));
    }

    @Test
    void withoutAnEventTheGroupsAndBarsAreEmpty() {
        ScenarioSession session = Shipped.session("seed-baseline");
        StressSummaryViewModel vm = new StressSummaryViewModel(session.resultProperty(), cursor);

        assertThat(vm.targetProperty().get()).isEmpty();
        assertThat(vm.barsProperty().get()).isEmpty();
        assertThat(vm.groups()).allSatisfy(g -> assertThat(g.valueProperty().get()).isEqualTo("\u2013"));
    }
}
