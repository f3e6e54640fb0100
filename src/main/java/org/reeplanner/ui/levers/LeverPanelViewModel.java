package org.reeplanner.ui.levers;

import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Scenario;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The lever panel's state: one {@link LeverViewModel} per focus area in the catalogue's order, the scenario events,
 * the total programme budget and the reset to the seed scenario's levers. Every row derives what it shows from the
 * session's scenario, so a replaced scenario (reset, a file, an undo) shows in every row without being copied.
 */
public final class LeverPanelViewModel {
    private final ScenarioSession session;
    private final Scenario seed;
    private final List<LeverViewModel> levers;
    private final EventsViewModel events;
    private final ObservableValue<String> total;
    private final ObservableValue<String> split;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanBinding anyPinned;

    /** {@code seed} is the scenario whose levers "Reset to seed values" restores. */
    public LeverPanelViewModel(ScenarioSession session, Scenario seed) {
        this(session, seed, LeverRules.SCENARIO_RULES);
    }

    /** {@code rules} checks a lever's change (tests count the checks). */
    LeverPanelViewModel(ScenarioSession session, Scenario seed, LeverRules rules) {
        this.session = session;
        this.seed = seed;
        this.levers = session.model().focusAreas().areas().stream()
                .map(area -> new LeverViewModel(area, session, rules)).toList();
        this.events = new EventsViewModel(session);
        total = session.scenarioProperty().map(s -> Formats.usdBn(s.totalInvestmentUsdBn()));
        split = session.scenarioProperty().map(LeverPanelViewModel::split);
        anyPinned = Bindings.createBooleanBinding(() -> levers.stream().anyMatch(l -> l.pinnedProperty().get()),
                levers.stream().map(LeverViewModel::pinnedProperty).toArray(BooleanProperty[]::new));
    }

    /** Whether the window is in presentation mode: only pinned levers show, without their editing extras. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** Whether any lever is pinned; in presentation mode the panel hides when none is. */
    public BooleanBinding anyPinned() {
        return anyPinned;
    }

    /** The ids of the pinned levers, in panel order (for the preferences). */
    public List<String> pinnedIds() {
        return levers.stream().filter(l -> l.pinnedProperty().get()).map(LeverViewModel::id).toList();
    }

    /** Pins exactly the levers whose ids are given (unknown ids are ignored). */
    public void pin(Collection<String> ids) {
        levers.forEach(l -> l.pinnedProperty().set(ids.contains(l.id())));
    }

    public List<LeverViewModel> levers() {
        return levers;
    }

    public LeverViewModel lever(String focusAreaId) {
        return levers.stream().filter(l -> l.id().equals(focusAreaId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lever '" + focusAreaId + "'"));
    }

    public EventsViewModel events() {
        return events;
    }

    /** The whole programme's budget, e.g. "USD 5.5 bn". */
    public ObservableValue<String> total() {
        return total;
    }

    /** Who pays it, e.g. "U.S. $2.8 bn · Australia $2.8 bn". */
    public ObservableValue<String> split() {
        return split;
    }

    /** What the reset restores, for its tooltip. */
    public String resetHelp() {
        StringBuilder funded = new StringBuilder();
        for (LeverViewModel l : levers) {
            double money = seed.lever(l.id()).investmentUsdBn();
            if (money > 0) {
                funded.append(funded.length() == 0 ? "" : ", ").append(l.name()).append(' ')
                        .append(Formats.usdBn(money));
            }
        }
        return Messages.format("levers.reset.help", seed.name(),
                funded.length() == 0 ? Messages.get("levers.reset.noMoney") : funded);
    }

    /** Puts every lever back to the seed scenario's value, as one edit. */
    public void resetToSeed() {
        session.edit(s -> {
            Scenario reset = s;
            for (LeverViewModel l : levers) {
                reset = reset.withLever(l.id(), seed.lever(l.id()));
            }
            return reset;
        });
    }

    private static String split(Scenario s) {
        double us = s.levers().values().stream().mapToDouble(l -> l.investmentUsdBn() * l.usShare()).sum();
        double au = s.totalInvestmentUsdBn() - us;
        return Messages.format("levers.split", Formats.usdBn(us), Formats.usdBn(au));
    }
}
