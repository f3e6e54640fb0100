package org.reeplanner.ui.levers;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.reeplanner.ui.scenarios.ScenarioValue;

/**
 * One focus area's lever: the amount, the programme's start year and duration, and the U.S. share of its cost. The
 * session's scenario is the only copy of them: everything shown here is derived from it, and every valid change
 * ({@link #setAmount} from the slider, {@link #commitText} from the field, the timing spinners) is an edit of it,
 * checked by the rules for this lever alone. The one thing kept here is the text being typed, refused with a message
 * as it is typed, until Enter or leaving the field. The field takes what files and the command line take (0 to
 * {@link Scenario#MAX_LEVER_USD_BN}); the slider covers the focus area's usual range and stretches, with a notice, to
 * show an amount beyond it.
 */
public final class LeverViewModel {
    public static final String UNIT = Messages.get("lever.unit");
    private static final double SLIDER_PRECISION = 100;
    private static final double PERCENT = 100;
    private static final int ONE_HUNDRED = 100;

    private final FocusArea area;
    private final ScenarioSession session;
    private final LeverRules rules;
    private final LeverTiming timing;
    private final DoubleBinding amount;
    /** What the user is typing into the field and has not committed; null while the field shows the amount. */
    private final StringProperty draft = new SimpleStringProperty(this, "draft");
    /** Why the last change was refused by the lever's rules; empty otherwise. */
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final StringBinding text;
    private final StringBinding error;
    private final SliderRange range;
    private final ObjectProperty<Integer> startYear;
    private final ObjectProperty<Integer> durationYears;
    private final ObjectProperty<Integer> usSharePercent;
    private final IntegerBinding maxDuration;
    private final BooleanProperty pinned = new SimpleBooleanProperty(this, "pinned");
    private final ObservableValue<String> timingSummary;

    LeverViewModel(FocusArea area, ScenarioSession session, LeverRules rules) {
        this.area = area;
        this.session = session;
        this.rules = rules;
        this.timing = new LeverTiming(session.latest().endYear());
        var scenario = session.scenarioProperty();
        amount = Bindings.createDoubleBinding(() -> shown().investmentUsdBn(), scenario);
        text = Bindings.createStringBinding(() -> draft.get() != null ? draft.get() : Formats.plain(amount.get()),
                draft, amount);
        error = Bindings.createStringBinding(this::currentError, draft, refusal);
        range = new SliderRange(area.sliderMaxUsdBn(), amount, () -> latest().investmentUsdBn());
        startYear = new ScenarioValue<>(this, "startYear", session, s -> s.lever(id()).startYear(), this::startIn);
        durationYears = new ScenarioValue<>(this, "durationYears", session, s -> s.lever(id()).durationYears(),
                this::lastFor);
        usSharePercent = new ScenarioValue<>(this, "usSharePercent", session, s -> percent(s.lever(id())),
                this::shareOf);
        maxDuration = Bindings.createIntegerBinding(() -> timing.maxDuration(shown().startYear()), scenario);
        timingSummary = scenario.map(s -> s.lever(id())).map(l -> Messages.format("lever.timing.summary",
                l.startYear(), l.lastSpendYear(), percent(l), ONE_HUNDRED - percent(l)));
        // Another amount in the scenario (this lever's edit applied, an undo, a file) ends the typing.
        amount.subscribe((before, now) -> {
            draft.set(null);
            refusal.set("");
        });
    }

    public String id() {
        return area.id();
    }

    public String name() {
        return area.name();
    }

    /** What the lever does and where its calibration comes from, for the tooltip. */
    public String help() {
        return Messages.format("lever.help", area.description(), area.source());
    }

    /** The amount field's tooltip: what it takes (up to the files' and command line's largest amount). */
    public String fieldHelp() {
        return Messages.format("lever.field.help", Formats.plain(Scenario.MAX_LEVER_USD_BN));
    }

    /** The slider's help for screen readers: its step and its current top. */
    public ObservableValue<String> sliderHelpProperty() {
        return range.top().map(max -> Messages.format("lever.slider.accessibleHelp", Formats.plain(step()),
                Formats.plain(max.doubleValue())));
    }

    /** The slider's current top: the focus area's usual maximum, or more while a larger amount is shown. */
    public double sliderMax() {
        return range.top().get();
    }

    public DoubleBinding sliderMaxProperty() {
        return range.top();
    }

    /** Says the slider was stretched beyond the focus area's usual range to show the amount; empty otherwise. */
    public StringBinding rangeNoticeProperty() {
        return range.notice();
    }

    /** The slider's keyboard step: a round amount, about a fiftieth of the range (0.2 of 12, 0.01 of 0.5). */
    public double step() {
        return LeverTiming.niceStep(area.sliderMaxUsdBn() / 50);
    }

    /** The lever's amount in USD bn in the session's scenario. */
    public DoubleBinding amountProperty() {
        return amount;
    }

    /** What the field shows: the text being typed, or else the amount in its plain form. */
    public StringBinding textProperty() {
        return text;
    }

    /** Why the field's text or the last change is refused, or empty when nothing is. */
    public StringBinding errorProperty() {
        return error;
    }

    /** The programme's first year; a spinner binds it both ways, a new year is an edit of the scenario. */
    public ObjectProperty<Integer> startYearProperty() {
        return startYear;
    }

    public ObjectProperty<Integer> durationYearsProperty() {
        return durationYears;
    }

    /** The U.S. share of the cost in whole percent (0–100); Australia pays the rest. */
    public ObjectProperty<Integer> usSharePercentProperty() {
        return usSharePercent;
    }

    public int firstStartYear() {
        return Scenario.START_YEAR;
    }

    public int lastStartYear() {
        return timing.endYear();
    }

    /** Whether the lever stays on screen in presentation mode (the presenter pins the few they will move). */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    /** The longest programme that still ends by the scenario's end year, given the start year. */
    public IntegerBinding maxDurationProperty() {
        return maxDuration;
    }

    /** "2025–2029 · U.S. 50% / Australia 50%": the collapsed timing section's title. */
    public ObservableValue<String> timingSummary() {
        return timingSummary;
    }

    /**
     * The slider moved (by the mouse or a key): the amount, kept to USD 10 million so the field shows a readable
     * number, becomes the scenario's at once; any text being typed is dropped. The amount the slider already shows
     * edits nothing, so showing the scenario's amount on the slider comes back here harmlessly.
     */
    public void setAmount(double raw) {
        double rounded = Math.round(Math.max(0, Math.min(sliderMax(), raw)) * SLIDER_PRECISION) / SLIDER_PRECISION;
        if (rounded == latest().investmentUsdBn()) {
            return;
        }
        draft.set(null);
        refusal.set("");
        writeAmount(rounded);
    }

    /**
     * A slider drag (or another continuous change of this lever) starts or ends: its edits are one undo step.
     */
    public void changing(boolean on) {
        session.setChanging(on);
    }

    /** The field's text as the user types it; checked at once, so a mistake shows, but not yet applied. */
    public void type(String typed) {
        if (typed == null || typed.equals(text.get())) {
            return;
        }
        draft.set(typed);
        refusal.set("");
    }

    /**
     * Enter or leaving the field: accepted text becomes the lever's amount (rewritten in its plain form); refused
     * text stays in the field with its error, and the amount stays as it was.
     */
    public void commitText() {
        if (draft.get() == null) {
            return;
        }
        AmountParser.Result r = AmountParser.parse(draft.get(), Scenario.MAX_LEVER_USD_BN);
        if (r.isOk()) {
            boolean same = r.value() == latest().investmentUsdBn();
            // Until the scenario has the new amount (the next frame), the field shows it in its plain form.
            draft.set(same ? null : Formats.plain(r.value()));
            writeAmount(r.value());
        }
    }

    /** Escape: the field shows the amount again, dropping the text being typed. */
    public void revertText() {
        draft.set(null);
        refusal.set("");
    }

    private Lever shown() {
        return session.scenario().lever(id());
    }

    /** The lever with every edit made so far, including one still waiting for the next frame. */
    private Lever latest() {
        return session.latest().lever(id());
    }

    private String currentError() {
        if (draft.get() != null) {
            AmountParser.Result r = AmountParser.parse(draft.get(), Scenario.MAX_LEVER_USD_BN);
            if (!r.isOk()) {
                return r.error();
            }
        }
        return refusal.get();
    }

    private void writeAmount(double value) {
        range.hold(value);
        write(latest().withInvestment(value));
    }

    /** A later start shortens the programme so that it still ends by the end year. */
    private void startIn(int year) {
        Lever l = latest();
        write(new Lever(l.investmentUsdBn(), year, Math.min(l.durationYears(), timing.maxDuration(year)),
                l.usShare()));
    }

    private void lastFor(int years) {
        Lever l = latest();
        write(new Lever(l.investmentUsdBn(), l.startYear(), years, l.usShare()));
    }

    /** A new percentage; the share exactly as loaded (say 0.333) stays until the user picks another. */
    private void shareOf(int percent) {
        Lever l = latest();
        if (percent != percent(l)) {
            write(new Lever(l.investmentUsdBn(), l.startYear(), l.durationYears(), percent / PERCENT));
        }
    }

    private static int percent(Lever l) {
        return (int) Math.round(l.usShare() * PERCENT);
    }

    /** Checks {@code next} by this lever's rules alone and, when it passes, makes it the scenario's. */
    private void write(Lever next) {
        if (next.equals(latest())) {
            return;
        }
        var problems = rules.check(id(), next, session.latest().endYear()).stream().filter(Problem::isError)
                .toList();
        if (problems.isEmpty()) {
            refusal.set("");
            session.edit(s -> s.withLever(id(), next));
        } else {
            refusal.set(problems.get(0).message());
        }
    }
}
