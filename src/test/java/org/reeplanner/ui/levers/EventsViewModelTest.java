package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.scenarios.ScenarioDocument;
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

    @Test
    void changesTargetAndStartMonthAndUndoRestoresThem() {
        ScenarioDocument document = new ScenarioDocument(session, null);
        assertThat(events.targetProperty().get()).isEqualTo("allOxide");
        assertThat(events.startMonthProperty().get()).isEqualTo("1");
        assertThat(events.targetOptions()).extracting(o -> o.label()).containsExactly(
                "All separated oxide (full embargo)", "Heavy rare earths and magnets",
                "Heavy rare earths (Dy, Tb) only", "Magnets only");

        events.targetProperty().set("magnets");
        document.flushPending();
        events.startMonthProperty().set("4");
        document.flushPending();

        assertThat(session.scenario().disruption().target()).isEqualTo(DisruptionTarget.MAGNETS);
        assertThat(session.scenario().disruption().startMonth()).isEqualTo(4);
        document.undo();
        assertThat(session.scenario().disruption().startMonth()).isEqualTo(1);
        assertThat(events.startMonthProperty().get()).isEqualTo("1");
        document.undo();
        assertThat(session.scenario().disruption().target()).isEqualTo(DisruptionTarget.ALL_OXIDE);
        assertThat(events.targetProperty().get()).isEqualTo("allOxide");
    }

    @Test
    void showsTheReplaysProfileAndClearsItToAFlatShareUndoably() {
        session.setScenario(Shipped.session("china-controls-2025-replay").scenario());
        ScenarioDocument document = new ScenarioDocument(session, null);
        DisruptionEvent replay = session.scenario().disruption();

        assertThat(events.profileProperty().get()).isEqualTo("Apr 43% \u00b7 May 73% \u00b7 Jun 30%");
        assertThat(events.targetProperty().get()).isEqualTo("heavyAndMagnets");
        assertThat(events.startMonthProperty().get()).isEqualTo("4");
        assertThat(events.monthOptions().get(3).label()).isEqualTo("April");

        events.clearProfile();
        document.flushPending();

        DisruptionEvent flat = session.scenario().disruption();
        assertThat(flat.hasProfile()).isFalse();
        assertThat(flat.months()).isEqualTo(3);
        assertThat(flat.target()).isEqualTo(DisruptionTarget.HEAVY_AND_MAGNETS);
        assertThat(flat.startMonth()).isEqualTo(4);
        assertThat(events.profileProperty().get()).isEmpty();
        document.undo();
        assertThat(session.scenario().disruption()).isEqualTo(replay);
        assertThat(events.profileProperty().get()).startsWith("Apr 43%");
    }

    @Test
    void editingTheTimingOfAProfiledEventKeepsItsTargetMonthAndProfile() {
        session.setScenario(Shipped.session("china-controls-2025-replay").scenario());

        events.startYearProperty().set(2027);

        DisruptionEvent e = session.latest().disruption();
        assertThat(e.startYear()).isEqualTo(2027);
        assertThat(e.startMonth()).isEqualTo(4);
        assertThat(e.target()).isEqualTo(DisruptionTarget.HEAVY_AND_MAGNETS);
        assertThat(e.profile()).containsExactly(0.43, 0.73, 0.30);
    }
}
