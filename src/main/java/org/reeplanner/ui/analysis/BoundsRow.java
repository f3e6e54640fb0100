package org.reeplanner.ui.analysis;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.LeverBounds;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.levers.AmountParser;

/**
 * One lever's line of the optimiser: its money now, the bounds the optimiser must keep (typed, 0 to the slider's
 * maximum unless changed) and, after a run, the money it found, the change and the effect of one more USD bn. The
 * money now is derived from the scenario; the bounds are the optimiser's own inputs.
 */
public final class BoundsRow {
    private final FocusArea area;
    /** The lever's money now, rounded to USD 10 million as the lever's field shows it. */
    private final DoubleBinding current;
    private final StringBinding now;
    private final StringProperty min = new SimpleStringProperty(this, "min", "0");
    private final StringProperty max = new SimpleStringProperty(this, "max");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
    private final ReadOnlyStringWrapper marginal = new ReadOnlyStringWrapper(this, "marginal", "");

    BoundsRow(FocusArea area, ObservableValue<Scenario> scenario) {
        this.area = area;
        current = Bindings.createDoubleBinding(() -> Math.round(scenario.getValue().lever(area.id())
                .investmentUsdBn() * 100) / 100.0, scenario);
        now = Bindings.createStringBinding(() -> Formats.plain(current.get()), current);
        max.set(Formats.plain(area.sliderMaxUsdBn()));
    }

    public String id() {
        return area.id();
    }

    public String name() {
        return area.name();
    }

    /** The lever's money in the scenario now, e.g. "3.5". */
    public StringBinding nowProperty() {
        return now;
    }

    public StringProperty minProperty() {
        return min;
    }

    public StringProperty maxProperty() {
        return max;
    }

    /** What is wrong with this row's bounds, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The money the last run gave this lever, e.g. "4.2". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The result against the money now, e.g. "+0.7". */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** The objective's change for one more USD bn on this lever at the result, e.g. "−0.5 pp". */
    public ReadOnlyStringProperty marginalProperty() {
        return marginal.getReadOnlyProperty();
    }

    /** The typed bounds, or null with {@link #errorProperty()} saying why they cannot be used. */
    LeverBounds bounds() {
        AmountParser.Result lo = AmountParser.parse(min.get(), Scenario.MAX_LEVER_USD_BN);
        AmountParser.Result hi = AmountParser.parse(max.get(), Scenario.MAX_LEVER_USD_BN);
        if (!lo.isOk()) {
            error.set(Messages.format("bounds.error.least", name(), lo.error()));
        } else if (!hi.isOk()) {
            error.set(Messages.format("bounds.error.most", name(), hi.error()));
        } else if (lo.value() > hi.value()) {
            error.set(Messages.format("bounds.error.order", name(), Formats.plain(lo.value()),
                    Formats.plain(hi.value())));
        } else {
            error.set("");
            return new LeverBounds(lo.value(), hi.value());
        }
        return null;
    }

    void showResult(double money, String marginalText) {
        result.set(Formats.plain(money));
        double delta = money - current.get();
        change.set(Math.abs(delta) < 0.005 ? "\u2013" : (delta > 0 ? "+" : "\u2212") + Formats.plain(Math.abs(delta)));
        marginal.set(marginalText);
    }

    void clearResult() {
        result.set("");
        change.set("");
        marginal.set("");
    }
}
