package org.reeplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;

/**
 * A comparison of up to {@link #MAX_SCENARIOS} scenarios (open files, presets, pinned snapshots and the scenario
 * being edited, which follows every edit): their projections, one key series of each as overlaid lines in four
 * distinct styles, and the KPI table with differences from the first scenario. The model runs here (microseconds
 * each); reading files is the caller's business.
 */
public final class CompareViewModel {
    public static final int MAX_SCENARIOS = 4;
    public static final int DEFAULT_YEAR = 2030;

    private final ImpactModel model;
    private final ObservableList<ComparedScenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<ComparedScenario> readOnly = FXCollections.unmodifiableObservableList(scenarios);
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", DEFAULT_YEAR);
    private final ObjectProperty<CompareMetric> metric = new SimpleObjectProperty<>(this, "metric",
            CompareMetric.CHINA_SEPARATION);
    private final ObjectBinding<CompareTable> table;
    private final ObjectBinding<List<OverlayLine>> overlays;
    private final BooleanBinding full;
    private ComparedScenario live;

    public CompareViewModel(ImpactModel model) {
        this.model = Objects.requireNonNull(model, "model");
        table = Bindings.createObjectBinding(() -> CompareTable.of(List.copyOf(scenarios), year.get()), scenarios,
                year);
        overlays = Bindings.createObjectBinding(this::lines, scenarios, metric);
        full = Bindings.size(scenarios).greaterThanOrEqualTo(MAX_SCENARIOS);
    }

    /** The scenarios compared, the reference first. */
    public ObservableList<ComparedScenario> scenarios() {
        return readOnly;
    }

    /**
     * Adds {@code scenario} under {@code label} (made unique by a number if needed); false when four are
     * compared already.
     */
    public boolean add(String label, Scenario scenario) {
        if (full.get()) {
            return false;
        }
        Projection projection = model.run(scenario);
        Projection baseline = model.run(scenario.withoutInvestment());
        scenarios.add(new ComparedScenario(uniqueLabel(label), scenario, projection, baseline));
        return true;
    }

    /**
     * Shows the scenario being edited, with its latest run, as the live entry "Current: NAME": added as the
     * reference the first time (making room if four are compared), replaced in place after that.
     */
    public void follow(Scenario scenario, Projection projection, Projection baseline) {
        ComparedScenario now = new ComparedScenario(Messages.format("compare.current", scenario.name()), scenario,
                projection, baseline);
        int at = live == null ? -1 : scenarios.indexOf(live);
        live = now;
        if (at >= 0) {
            scenarios.set(at, now);
        } else {
            if (full.get()) {
                scenarios.remove(scenarios.size() - 1);
            }
            scenarios.add(0, now);
        }
    }

    /** Whether the entry at {@code index} is the live one, which follows the edits and cannot be removed. */
    public boolean isLive(int index) {
        return index >= 0 && index < scenarios.size() && scenarios.get(index) == live;
    }

    /** Removes the entry at {@code index}, unless it is the live one. */
    public void remove(int index) {
        if (!isLive(index)) {
            scenarios.remove(index);
        }
    }

    /** Makes the scenario at {@code index} the reference the others are measured against. */
    public void makeReference(int index) {
        if (index > 0 && index < scenarios.size()) {
            scenarios.add(0, scenarios.remove(index));
        }
    }

    /** Removes every entry but the live one. */
    public void clear() {
        scenarios.removeIf(s -> s != live);
    }

    /** Whether no more scenarios can be added. */
    public BooleanBinding fullProperty() {
        return full;
    }

    /** The year of the KPI table (default 2030; the view ties it to the window's target year). */
    public IntegerProperty yearProperty() {
        return year;
    }

    /** The series the chart overlays. */
    public ObjectProperty<CompareMetric> metricProperty() {
        return metric;
    }

    public ObjectBinding<CompareTable> tableProperty() {
        return table;
    }

    /** One line per scenario, in order, line style i for the i-th scenario. */
    public ObjectBinding<List<OverlayLine>> overlaysProperty() {
        return overlays;
    }

    /** The years every compared scenario covers, first and last; {2025, 2040} when nothing is compared. */
    public int[] commonYears() {
        int first = scenarios.stream().mapToInt(s -> s.projection().firstYear()).max().orElse(Scenario.START_YEAR);
        int last = scenarios.stream().mapToInt(s -> s.projection().lastYear()).min()
                .orElse(Scenario.DEFAULT_END_YEAR);
        return new int[] {first, last};
    }

    private List<OverlayLine> lines() {
        CompareMetric m = metric.get();
        List<OverlayLine> lines = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Projection p = scenarios.get(i).projection();
            lines.add(new OverlayLine(scenarios.get(i).label(), i, p.years(), p.values(m.series()), m.scale()));
        }
        return List.copyOf(lines);
    }

    private String uniqueLabel(String label) {
        String base = label == null || label.isBlank() ? Messages.get("compare.unnamed") : label;
        String candidate = base;
        for (int n = 2; taken(candidate); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }

    private boolean taken(String label) {
        return scenarios.stream().anyMatch(s -> s.label().equals(label));
    }
}
