package org.reeplanner.ui.levers;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The scenario's events: the demand outlook and China's export restriction on allied buyers (on or off, first year,
 * months, share withheld). Ranges follow {@link ScenarioRules}; each change is an edit of the session's scenario.
 */
public final class EventsViewModel {
    private static final double PERCENT = 100;

    private final ScenarioSession session;
    private final StringProperty demandCase = new SimpleStringProperty(this, "demandCase");
    private final BooleanProperty restriction = new SimpleBooleanProperty(this, "restriction");
    private final ObjectProperty<Integer> startYear = new SimpleObjectProperty<>(this, "startYear");
    private final ObjectProperty<Integer> months = new SimpleObjectProperty<>(this, "months");
    private final ObjectProperty<Integer> severityPercent = new SimpleObjectProperty<>(this, "severityPercent");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean showing;

    EventsViewModel(ScenarioSession session) {
        this.session = session;
        follow(session.latest());
        demandCase.subscribe((before, c) -> pushDemand());
        restriction.subscribe((before, on) -> pushEvent());
        startYear.subscribe((before, y) -> pushEvent());
        months.subscribe((before, m) -> pushEvent());
        severityPercent.subscribe((before, p) -> pushEvent());
    }

    /** The demand case's id: {@code low}, {@code base} or {@code high}. */
    public StringProperty demandCaseProperty() {
        return demandCase;
    }

    public List<ChoiceOption> demandOptions() {
        return Arrays.stream(DemandCase.values()).map(c -> new ChoiceOption(c.id(), c.label())).toList();
    }

    /** Whether China withholds exports to allied buyers in the scenario. */
    public BooleanProperty restrictionProperty() {
        return restriction;
    }

    public ObjectProperty<Integer> startYearProperty() {
        return startYear;
    }

    public ObjectProperty<Integer> monthsProperty() {
        return months;
    }

    /** The share of China's supply to allied buyers withheld, in percent. */
    public ObjectProperty<Integer> severityPercentProperty() {
        return severityPercent;
    }

    /** Why the last change was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public int firstYear() {
        return Scenario.START_YEAR;
    }

    public int lastYear() {
        return session.latest().endYear();
    }

    public int maxMonths() {
        return ScenarioRules.MAX_EVENT_MONTHS;
    }

    /** What the demand cases are, for a tooltip. */
    public String demandHelp() {
        return Messages.get("events.demand.help");
    }

    /** What the restriction does, for a tooltip. */
    public String restrictionHelp() {
        return Messages.get("events.restriction.help");
    }

    void follow(Scenario s) {
        DisruptionEvent e = s.disruption() == null ? DisruptionEvent.NONE : s.disruption();
        if (s.demandCase().id().equals(demandCase.get()) && e.equals(event())) {
            return;
        }
        showing = true;
        try {
            demandCase.set(s.demandCase().id());
            restriction.set(e.enabled());
            startYear.set(e.startYear());
            months.set(e.months());
            severityPercent.set((int) Math.round(e.severity() * PERCENT));
            error.set("");
        } finally {
            showing = false;
        }
    }

    /** The event the fields describe; what they do not show (target, start month, a profile) is kept. */
    private DisruptionEvent event() {
        if (startYear.get() == null) {
            return null;
        }
        DisruptionEvent current = session.latest().disruption() == null ? DisruptionEvent.NONE
                : session.latest().disruption();
        return current.withEnabled(restriction.get()).withTiming(startYear.get(), months.get(),
                severityPercent.get() / PERCENT);
    }

    private void pushDemand() {
        if (!showing && demandCase.get() != null) {
            DemandCase chosen = DemandCase.parse(demandCase.get());
            session.edit(s -> s.withDemandCase(chosen));
        }
    }

    private void pushEvent() {
        if (showing) {
            return;
        }
        DisruptionEvent e = event();
        var problems = ScenarioRules.check(session.latest().withDisruption(e), session.model().focusAreas())
                .stream().filter(p -> p.isError() && p.path().startsWith("disruption.")).toList();
        if (problems.isEmpty()) {
            error.set("");
            session.edit(s -> s.withDisruption(e));
        } else {
            error.set(problems.get(0).message());
        }
    }
}
