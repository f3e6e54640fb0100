package org.reeplanner.ui.assumptions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.reeplanner.io.FactSheet;
import org.reeplanner.model.AssumptionLimits;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The assumptions editor's state: one row per model parameter in the parameter file's order, a text filter, and the
 * edits. An edit is a change of the scenario (so it is saved with it and undone like a lever move): a valid value
 * replaces the default, the default value itself removes the change, and a value outside the hard limits is refused
 * with the allowed range. Values outside the sourced range are allowed and flagged.
 */
public final class AssumptionsViewModel {
    private static final int MAX_DIGITS = 40;
    private final ScenarioSession session;
    private final List<AssumptionRowViewModel> rows;
    private final FilteredList<AssumptionRowViewModel> shown;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final IntegerBinding changedCount;
    private final ObservableValue<String> summary;

    public AssumptionsViewModel(ScenarioSession session, FactSheet facts) {
        this.session = session;
        rows = session.model().data().parameters().specs().stream()
                .map(spec -> new AssumptionRowViewModel(spec, facts.row(spec.source()), session.scenarioProperty()))
                .toList();
        shown = new FilteredList<>(FXCollections.observableArrayList(rows));
        filter.subscribe(text -> {
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(row -> needle.isEmpty() || row.searchText().contains(needle));
        });
        changedCount = Bindings.createIntegerBinding(() -> session.scenario().assumptions().size(),
                session.scenarioProperty());
        summary = changedCount.map(n -> n.intValue() == 0 ? Messages.get("assumptions.summary.default")
                : Messages.format("assumptions.summary.changed", n));
    }

    /** Every parameter, in the parameter file's order. */
    public List<AssumptionRowViewModel> rows() {
        return rows;
    }

    public AssumptionRowViewModel row(Param p) {
        return rows.stream().filter(r -> r.param() == p).findFirst().orElseThrow();
    }

    /** The rows matching the filter, for the table. */
    public FilteredList<AssumptionRowViewModel> shownRows() {
        return shown;
    }

    /** Text that shown rows must contain in their label, key, source or note. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** How many parameters the scenario changes. */
    public IntegerBinding changedCountProperty() {
        return changedCount;
    }

    /** "default" or "changed (3)", for the status bar and the results area. */
    public ObservableValue<String> summary() {
        return summary;
    }

    /**
     * Sets {@code row}'s parameter from typed text ("0.035", "3.5%", "270,000"); returns false and leaves the value
     * as it was when the text is not a number within the parameter's hard limits.
     */
    public boolean edit(AssumptionRowViewModel row, String text) {
        Double value = parse(text);
        Param p = row.param();
        if (value == null) {
            row.refuse(Messages.format("assumptions.error.notANumber", text == null ? "" : text.trim()));
            return false;
        }
        if (!AssumptionLimits.allows(p, value)) {
            row.refuse(Messages.format("assumptions.error.range", Formats.plain(value),
                    AssumptionRowViewModel.number(AssumptionLimits.min(p)),
                    AssumptionRowViewModel.number(AssumptionLimits.max(p)), p.unit().symbol()));
            return false;
        }
        row.accept();
        boolean isDefault = Double.compare(value, row.defaultValue()) == 0;
        Scenario latest = session.latest();
        Scenario next = isDefault ? latest.withoutAssumption(p) : latest.withAssumption(p, value);
        if (!next.equals(latest)) {
            session.edit(s -> isDefault ? s.withoutAssumption(p) : s.withAssumption(p, value));
        }
        return true;
    }

    /** Puts {@code row}'s parameter back to its default value. */
    public void reset(AssumptionRowViewModel row) {
        row.accept();
        if (session.latest().assumptions().containsKey(row.param())) {
            session.edit(s -> s.withoutAssumption(row.param()));
        }
    }

    /** Puts every parameter back to its default value, as one edit. */
    public void resetAll() {
        rows.forEach(AssumptionRowViewModel::accept);
        if (!session.latest().assumptions().isEmpty()) {
            session.edit(s -> s.withAssumptions(Map.of()));
        }
    }

    /** A number as people type it: grouping commas, a Unicode minus and a trailing "%" (hundredths) are fine. */
    static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace(",", "").replace('\u2212', '-').replace(" ", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > MAX_DIGITS || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            return null;
        }
        BigDecimal number = new BigDecimal(t);
        double v = (percent ? number.movePointLeft(2) : number).doubleValue();
        return Double.isFinite(v) ? v : null;
    }
}
