package org.reeplanner.ui.levers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * One focus area's lever: the amount (from the slider, or from the exact field on Enter or leaving it; bad text is
 * refused with a message as it is typed),
 * the programme's start year and duration, and the U.S. share of its cost. Every valid change becomes an edit of
 * the session's scenario; the session runs the model once per frame. The field takes what files and the command
 * line take (0 to {@link Scenario#MAX_LEVER_USD_BN}); the slider covers the focus area's usual range and stretches,
 * with a notice, to show an amount beyond it.
 */
public final class LeverViewModel {
    public static final String UNIT = Messages.get("lever.unit");
    private static final double SLIDER_PRECISION = 100;
    private static final double PERCENT = 100;
    private static final int ONE_HUNDRED = 100;

    private final FocusArea area;
    private final ScenarioSession session;
    private final LeverTiming timing;
    private final ReadOnlyDoubleWrapper amount = new ReadOnlyDoubleWrapper(this, "amount");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyDoubleWrapper rangeMax = new ReadOnlyDoubleWrapper(this, "rangeMax");
    private final ReadOnlyStringWrapper rangeNotice = new ReadOnlyStringWrapper(this, "rangeNotice", "");
    private final ObjectProperty<Integer> startYear = new SimpleObjectProperty<>(this, "startYear");
    private final ObjectProperty<Integer> durationYears = new SimpleObjectProperty<>(this, "durationYears");
    private final ObjectProperty<Integer> usSharePercent = new SimpleObjectProperty<>(this, "usSharePercent");
    private final ReadOnlyIntegerWrapper maxDuration = new ReadOnlyIntegerWrapper(this, "maxDuration");
    private final BooleanProperty pinned = new SimpleBooleanProperty(this, "pinned");
    private final ObservableValue<String> timingSummary;
    private double shownShare;
    private boolean showing;

    LeverViewModel(FocusArea area, ScenarioSession session) {
        this.area = area;
        this.session = session;
        this.timing = new LeverTiming(session.latest().endYear());
        show(session.latest().lever(area.id()));
        // Change subscriptions only: they do not fire now, so building the panel edits nothing.
        text.subscribe((before, typed) -> typed(typed));
        startYear.subscribe((before, year) -> timingChanged());
        durationYears.subscribe((before, years) -> timingChanged());
        usSharePercent.subscribe((before, share) -> push());
        timingSummary = startYear.flatMap(start -> durationYears.flatMap(duration -> usSharePercent.map(share ->
                Messages.format("lever.timing.summary", start, start + duration - 1, share, ONE_HUNDRED - share))));
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

    /** The slider's current top: the focus area's usual maximum, or more while a larger amount is shown. */
    public double sliderMax() {
        return rangeMax.get();
    }

    public ReadOnlyDoubleProperty sliderMaxProperty() {
        return rangeMax.getReadOnlyProperty();
    }

    /** Says the slider was stretched beyond the focus area's usual range to show the amount; empty otherwise. */
    public ReadOnlyStringProperty rangeNoticeProperty() {
        return rangeNotice.getReadOnlyProperty();
    }

    /** The slider's keyboard step: a round amount, about a fiftieth of the range (0.2 of 12, 0.01 of 0.5). */
    public double step() {
        return LeverTiming.niceStep(area.sliderMaxUsdBn() / 50);
    }

    /** The lever's amount in USD bn: the last valid value of the slider or the field. */
    public ReadOnlyDoubleProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    /** The field's text; a view binds it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the field's text is refused, or empty when it is accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

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

    /** The longest programme that still ends by the scenario's end year, given the start year. */
    /** Whether the lever stays on screen in presentation mode (the presenter pins the few they will move). */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public ReadOnlyIntegerProperty maxDurationProperty() {
        return maxDuration.getReadOnlyProperty();
    }

    /** "2025–2029 · U.S. 50% / Australia 50%": the collapsed timing section's title. */
    public ObservableValue<String> timingSummary() {
        return timingSummary;
    }

    /** A value from the slider, kept to USD 10 million so the field shows a readable number; applied at once. */
    public void slide(double raw) {
        if (raw == amount.get()) {
            return;
        }
        double rounded = Math.round(Math.max(0, Math.min(sliderMax(), raw)) * SLIDER_PRECISION) / SLIDER_PRECISION;
        apply(rounded);
    }

    /**
     * Enter or leaving the field: accepted text becomes the lever's amount (rewritten in its plain form); refused
     * text stays in the field with its error, and the amount stays as it was.
     */
    public void commitText() {
        AmountParser.Result r = AmountParser.parse(text.get(), Scenario.MAX_LEVER_USD_BN);
        if (r.isOk()) {
            apply(r.value());
        } else {
            error.set(r.error());
        }
    }

    /** Escape: puts the current amount back into the field, dropping refused text. */
    public void revertText() {
        text.set(Formats.plain(amount.get()));
        error.set("");
    }

    /** The lever as the model sees it. */
    public Lever lever() {
        return new Lever(amount.get(), startYear.get(), durationYears.get(), usShare());
    }

    /** Shows {@code lever} (after a reset, or when the scenario is replaced) without editing the scenario. */
    void show(Lever lever) {
        showing = true;
        try {
            maxDuration.set(timing.maxDuration(lever.startYear()));
            stretchTo(Math.max(area.sliderMaxUsdBn(), lever.investmentUsdBn()));
            amount.set(lever.investmentUsdBn());
            text.set(Formats.plain(lever.investmentUsdBn()));
            error.set("");
            startYear.set(lever.startYear());
            durationYears.set(lever.durationYears());
            shownShare = lever.usShare();
            usSharePercent.set((int) Math.round(lever.usShare() * PERCENT));
        } finally {
            showing = false;
        }
    }

    /** The shown share exactly as loaded (say 0.333) until the user picks another percentage. */
    private double usShare() {
        int percent = usSharePercent.get();
        return percent == Math.round(shownShare * PERCENT) ? shownShare : percent / PERCENT;
    }

    /** Checks the text as it is typed, so a mistake shows at once; the amount changes on commit only. */
    private void typed(String typed) {
        if (showing) {
            return;
        }
        AmountParser.Result r = AmountParser.parse(typed, Scenario.MAX_LEVER_USD_BN);
        error.set(r.isOk() ? "" : r.error());
    }

    private void apply(double value) {
        showing = true;
        try {
            text.set(Formats.plain(value));
            error.set("");
        } finally {
            showing = false;
        }
        if (value != amount.get()) {
            stretchTo(Math.max(rangeMax.get(), value));
            amount.set(value);
            push();
        }
    }

    /** Sets the slider's top; it only grows while the user edits, so the range never shifts under a drag. */
    private void stretchTo(double max) {
        rangeMax.set(max);
        rangeNotice.set(max > area.sliderMaxUsdBn() ? Messages.format("lever.range.stretched",
                Formats.plain(area.sliderMaxUsdBn()), Formats.plain(max)) : "");
    }

    private void timingChanged() {
        if (showing) {
            return;
        }
        maxDuration.set(timing.maxDuration(startYear.get()));
        if (durationYears.get() > maxDuration.get()) {
            durationYears.set(maxDuration.get());
            return;
        }
        push();
    }

    private void push() {
        if (showing) {
            return;
        }
        Lever lever = lever();
        Scenario candidate = session.latest().withLever(area.id(), lever);
        String path = "levers." + area.id() + ".";
        var problems = ScenarioRules.check(candidate, session.model().focusAreas()).stream()
                .filter(p -> p.isError() && p.path().startsWith(path)).toList();
        if (problems.isEmpty()) {
            session.edit(s -> s.withLever(area.id(), lever));
        } else {
            error.set(problems.get(0).message());
        }
    }
}
