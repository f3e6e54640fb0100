package org.reeplanner.ui.levers;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.EventTexts;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.reeplanner.ui.scenarios.ScenarioValue;

/**
 * The scenario's events: the demand outlook and China's export restriction on allied buyers (on or off, what it hits,
 * first year and month, months, share withheld). A month-by-month profile (a preset's licensing profile) is shown
 * read-only and can be cleared back to the flat share. Each control's value is the session's scenario's (a
 * {@link ScenarioValue}): a change is an edit of the scenario, checked by the event's rules alone
 * ({@link ScenarioRules#checkEvent}), so undo takes it back and an undo or a file shows at once.
 */
public final class EventsViewModel {
    private static final double PERCENT = 100;
    private static final int MONTHS = 12;

    private final ScenarioSession session;
    private final ObjectProperty<String> demandCase;
    private final ObjectProperty<Boolean> restriction;
    private final ObjectProperty<String> target;
    private final ObjectProperty<Integer> startYear;
    private final ObjectProperty<String> startMonth;
    private final StringBinding profile;
    private final ObjectProperty<Integer> months;
    private final ObjectProperty<Integer> severityPercent;
    /** Why the last change was refused; a change of the events in the scenario clears it. */
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    EventsViewModel(ScenarioSession session) {
        this.session = session;
        demandCase = new ScenarioValue<>(this, "demandCase", session, s -> s.demandCase().id(),
                id -> session.edit(s -> s.withDemandCase(DemandCase.parse(id))));
        restriction = value("restriction", DisruptionEvent::enabled, DisruptionEvent::withEnabled);
        target = value("target", e -> e.target().id(), (e, id) -> new DisruptionEvent(e.enabled(), e.startYear(),
                e.months(), e.severity(), DisruptionTarget.fromId(id), e.startMonth(), profileOf(e)));
        startYear = value("startYear", DisruptionEvent::startYear, (e, y) -> e.withTiming(y, e.months(),
                e.severity()));
        startMonth = value("startMonth", e -> String.valueOf(e.startMonth()), (e, m) -> new DisruptionEvent(
                e.enabled(), e.startYear(), e.months(), e.severity(), e.target(), Integer.parseInt(m), profileOf(e)));
        months = value("months", DisruptionEvent::months, (e, m) -> e.withTiming(e.startYear(), m, e.severity()));
        severityPercent = value("severityPercent", e -> (int) Math.round(e.severity() * PERCENT),
                (e, p) -> e.withTiming(e.startYear(), e.months(), p / PERCENT));
        profile = Bindings.createStringBinding(() -> EventTexts.profile(event(session.scenario())),
                session.scenarioProperty());
        session.scenarioProperty().subscribe((before, now) -> {
            if (before.demandCase() != now.demandCase() || !event(before).equals(event(now))) {
                error.set("");
            }
        });
    }

    /** The demand case's id: {@code low}, {@code base} or {@code high}. */
    public ObjectProperty<String> demandCaseProperty() {
        return demandCase;
    }

    public List<ChoiceOption> demandOptions() {
        return Arrays.stream(DemandCase.values()).map(c -> new ChoiceOption(c.id(), c.label())).toList();
    }

    /** Whether China withholds exports to allied buyers in the scenario. */
    public ObjectProperty<Boolean> restrictionProperty() {
        return restriction;
    }

    /** What the restriction hits: a {@link DisruptionTarget} id such as {@code heavyAndMagnets}. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public List<ChoiceOption> targetOptions() {
        return Arrays.stream(DisruptionTarget.values()).map(t -> new ChoiceOption(t.id(), EventTexts.target(t)))
                .toList();
    }

    /** The first month of the restriction, 1–12 as text (the id of a {@link #monthOptions()} choice). */
    public ObjectProperty<String> startMonthProperty() {
        return startMonth;
    }

    public List<ChoiceOption> monthOptions() {
        return IntStream.rangeClosed(1, MONTHS).mapToObj(m -> new ChoiceOption(String.valueOf(m),
                EventTexts.longMonth(m))).toList();
    }

    /** The month-by-month profile, "Apr 43% · May 73% · Jun 30%"; empty when the share is flat. */
    public StringBinding profileProperty() {
        return profile;
    }

    /** Replaces the profile by the flat share withheld (the event's own severity) over as many months. */
    public void clearProfile() {
        DisruptionEvent e = event(session.latest());
        if (e.hasProfile()) {
            session.edit(s -> s.withDisruption(new DisruptionEvent(e.enabled(), e.startYear(), e.months(),
                    e.severity(), e.target(), e.startMonth(), null)));
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

    /** A continuous change of the events (a spinner's arrow held down) starts or ends: it is one undo step. */
    public void changing(boolean on) {
        session.setChanging(on);
    }

    /** A property for one value of the scenario's restriction; a new value edits the restriction. */
    private <T> ObjectProperty<T> value(String name, Function<DisruptionEvent, T> read,
                                        BiFunction<DisruptionEvent, T, DisruptionEvent> change) {
        return new ScenarioValue<>(this, name, session, s -> read.apply(event(s)),
                v -> edit(change.apply(event(session.latest()), v)));
    }

    private static DisruptionEvent event(Scenario s) {
        return s.disruption() == null ? DisruptionEvent.NONE : s.disruption();
    }

    private static double[] profileOf(DisruptionEvent e) {
        return e.hasProfile() ? e.profile() : null;
    }

    /** Checks {@code e} by the event's rules alone and, when it passes, makes it the scenario's. */
    private void edit(DisruptionEvent e) {
        var problems = ScenarioRules.checkEvent(e, session.latest().endYear()).stream().filter(Problem::isError)
                .toList();
        if (problems.isEmpty()) {
            error.set("");
            session.edit(s -> s.withDisruption(e));
        } else {
            error.set(problems.get(0).message());
        }
    }
}
