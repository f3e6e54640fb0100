package org.reeplanner.ui.assumptions;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;

/**
 * One parameter in the assumptions table: its label, key, unit, default value, sourced range and source (the fact
 * row's text, or "assumption" with its reason), and the value the scenario uses with whether it was changed, whether
 * it lies outside the sourced range (allowed, with a warning) and why the last text typed was refused. The value and
 * its flags are derived from the scenario; only the refusal is kept here.
 */
public final class AssumptionRowViewModel {
    private static final double GROUPING_FROM = 10_000;

    private final ParameterSpec spec;
    private final Optional<FactSheet.Row> fact;
    private final DoubleBinding value;
    private final BooleanBinding changed;
    private final StringBinding warning;
    private final StringBinding valueText;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    AssumptionRowViewModel(ParameterSpec spec, Optional<FactSheet.Row> fact, ObservableValue<Scenario> scenario) {
        this.spec = spec;
        this.fact = fact;
        value = Bindings.createDoubleBinding(() -> scenario.getValue().assumptions().getOrDefault(spec.param(),
                spec.base()), scenario);
        changed = Bindings.createBooleanBinding(() -> Double.compare(value.get(), spec.base()) != 0, value);
        warning = Bindings.createStringBinding(() -> value.get() < spec.low() || value.get() > spec.high()
                ? Messages.format("assumptions.warning.outside", rangeText(), unit()) : "", value);
        // Last: the table redraws the value when its text changes and reads the flags above then.
        valueText = Bindings.createStringBinding(() -> number(value.get()), value);
    }

    public Param param() {
        return spec.param();
    }

    public String label() {
        return spec.label();
    }

    public String key() {
        return spec.param().key();
    }

    public String unit() {
        return spec.param().unit().symbol();
    }

    /** The value the scenario uses now. */
    public double value() {
        return value.get();
    }

    public double defaultValue() {
        return spec.base();
    }

    public String defaultText() {
        return number(spec.base());
    }

    /** The value as the table shows and edits it, e.g. "270,000" or "0.035". */
    public StringBinding valueTextProperty() {
        return valueText;
    }

    /** The sourced range, e.g. "260,000 – 280,000". */
    public String rangeText() {
        return number(spec.low()) + " \u2013 " + number(spec.high());
    }

    /** Whether the scenario uses another value than the default. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** Set while the value lies outside the sourced range: allowed, but flagged. */
    public StringBinding warningProperty() {
        return warning;
    }

    /** Why the last text typed for this row was refused; empty after a valid edit. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The fact row ID the value comes from, or "assumption". */
    public String sourceId() {
        return spec.isAssumption() ? Messages.get("assumptions.source.assumption") : spec.source();
    }

    /** One line for the table: "C4 · China share of rare-earth separation", or "assumption". */
    public String sourceSummary() {
        return fact.map(r -> r.id() + " \u00b7 " + r.fact()).orElse(sourceId());
    }

    /** The fact row in full (fact, figures, original source), or the reason for an assumption. */
    public String sourceDetail() {
        return fact.map(r -> Messages.format("assumptions.source.detail", r.id(), r.section(), r.fact(),
                r.details().isEmpty() ? "\u2014" : r.details(), r.source()))
                .orElse(Messages.get("assumptions.source.assumptionDetail"));
    }

    /** Why the default is what it is (the parameter file's note). */
    public String note() {
        return spec.note();
    }

    /** Text for searching: label, key, source and note, in lower case. */
    String searchText() {
        return (label() + " " + key() + " " + sourceSummary() + " " + note()).toLowerCase(Locale.ROOT);
    }

    void refuse(String message) {
        error.set(message);
    }

    void accept() {
        error.set("");
    }

    /** Large whole numbers with grouping ("270,000"), everything else as typed ("0.035"). */
    static String number(double v) {
        if (Math.abs(v) >= GROUPING_FROM && v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return Formats.plain(v);
    }
}
