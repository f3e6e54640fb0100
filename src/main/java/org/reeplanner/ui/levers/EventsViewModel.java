package org.reeplanner.ui.levers;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
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
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.EventTexts;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The scenario's events: the demand outlook and China's export restriction on allied buyers (on or off, what it hits,
 * first year and month, months, share withheld). A month-by-month profile (a preset's licensing profile) is shown
 * read-only and can be cleared back to the flat share. Ranges follow {@link ScenarioRules}; each change is an edit of
 * the session's scenario, so undo takes it back.
 */
public final class EventsViewModel {
    private static final double PERCENT = 100;
    private static final int MONTHS = 12;

    private final ScenarioSession session;
    private final StringProperty demandCase = new SimpleStringProperty(this, "demandCase");
    private final BooleanProperty restriction = new SimpleBooleanProperty(this, "restriction");
    private final StringProperty target = new SimpleStringProperty(this, "target");
    private final ObjectProperty<Integer> startYear = new SimpleObjectProperty<>(this, "startYear");
    private final StringProperty startMonth = new SimpleStringProperty(this, "startMonth");
    private final ReadOnlyStringWrapper profile = new ReadOnlyStringWrapper(this, "profile", "");
    private final ObjectProperty<Integer> months = new SimpleObjectProperty<>(this, "months");
    private final ObjectProperty<Integer> severityPercent = new SimpleObjectProperty<>(this, "severityPercent");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean showing;

    EventsViewModel(ScenarioSession session) {
        this.session = session;
        follow(session.latest());
        demandCase.subscribe((before, c) -> pushDemand());
        restriction.subscribe((before, on) -> pushEvent());
        target.subscribe((before, t) -> pushEvent());
        startYear.subscribe((before, y) -> pushEvent());
        startMonth.subscribe((before, m) -> pushEvent());
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

    /** What the restriction hits: a {@link DisruptionTarget} id such as {@code heavyAndMagnets}. */
    public StringProperty targetProperty() {
        return target;
    }

    public List<ChoiceOption> targetOptions() {
        return Arrays.stream(DisruptionTarget.values()).map(t -> new ChoiceOption(t.id(), EventTexts.target(t)))
                .toList();
    }

    /** The first month of the restriction, 1–12 as text (the id of a {@link #monthOptions()} choice). */
    public StringProperty startMonthProperty() {
        return startMonth;
    }

    public List<ChoiceOption> monthOptions() {
        return IntStream.rangeClosed(1, MONTHS).mapToObj(m -> new ChoiceOption(String.valueOf(m),
                EventTexts.longMonth(m))).toList();
    }

    /** The month-by-month profile, "Apr 43% · May 73% · Jun 30%"; empty when the share is flat. */
    public ReadOnlyStringProperty profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** Replaces the profile by the flat share withheld (the event's own severity) over as many months. */
    public void clearProfile() {
        DisruptionEvent e = event();
        if (e != null && e.hasProfile()) {
            DisruptionEvent flat = new DisruptionEvent(e.enabled(), e.startYear(), e.months(), e.severity(), e.target(),
                    e.startMonth(), null);
            session.edit(s -> s.withDisruption(flat));
            follow(session.latest());
        }
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
        if (s.demandCase().id().equals(demandCase.get()) && e.equals(event())
                && EventTexts.profile(e).equals(profile.get())) {
            return;
        }
        showing = true;
        try {
            demandCase.set(s.demandCase().id());
            restriction.set(e.enabled());
            target.set(e.target().id());
            startYear.set(e.startYear());
            startMonth.set(String.valueOf(e.startMonth()));
            profile.set(EventTexts.profile(e));
            months.set(e.months());
            severityPercent.set((int) Math.round(e.severity() * PERCENT));
            error.set("");
        } finally {
            showing = false;
        }
    }

    /** The event the fields describe; a profile, which they show but do not edit, is kept. */
    private DisruptionEvent event() {
        if (startYear.get() == null) {
            return null;
        }
        DisruptionEvent current = session.latest().disruption() == null ? DisruptionEvent.NONE
                : session.latest().disruption();
        DisruptionEvent timed = current.withEnabled(restriction.get()).withTiming(startYear.get(), months.get(),
                severityPercent.get() / PERCENT);
        return new DisruptionEvent(timed.enabled(), timed.startYear(), timed.months(), timed.severity(),
                DisruptionTarget.fromId(target.get()), Integer.parseInt(startMonth.get()),
                timed.hasProfile() ? timed.profile() : null);
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
