package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.scenarios.ScenarioSession;

class EventsViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final EventsViewModel events = new LeverPanelViewModel(session, session.scenario()).events();

    @Test
    void showsTheScenariosEvents() {
        assertThat(events.demandCaseProperty().get()).isEqualTo("base");
        assertThat(events.demandOptions()).extracting(o -> o.label()).containsExactly("Low", "Base", "High");
        assertThat(events.restrictionProperty().get()).isFalse();
        assertThat(events.startYearProperty().get()).isEqualTo(2027);
        assertThat(events.monthsProperty().get()).isEqualTo(6);
        assertThat(events.severityPercentProperty().get()).isEqualTo(74);
        assertThat(events.lastYear()).isEqualTo(2040);
        assertThat(events.maxMonths()).isEqualTo(36);
    }

    @Test
    void aHigherDemandCaseRaisesAlliedDemand() {
        double before = session.result().scenario().value(Series.DEMAND_ALLIED_SEPARATION, 2035);

        events.demandCaseProperty().set("high");

        assertThat(session.scenario().demandCase()).isEqualTo(DemandCase.HIGH);
        assertThat(session.result().scenario().value(Series.DEMAND_ALLIED_SEPARATION, 2035)).isGreaterThan(before);
    }

    @Test
    void switchingTheRestrictionOnCausesAShortfallInItsYear() {
        events.restrictionProperty().set(true);
        events.startYearProperty().set(2028);
        events.monthsProperty().set(12);
        events.severityPercentProperty().set(90);

        var e = session.scenario().disruption();
        assertThat(e.enabled()).isTrue();
        assertThat(e.startYear()).isEqualTo(2028);
        assertThat(e.months()).isEqualTo(12);
        assertThat(e.severity()).isEqualTo(0.9);
        assertThat(session.result().scenario().value(Series.SHORTFALL, 2028)).isPositive();
        assertThat(events.errorProperty().get()).isEmpty();
    }
}
