package org.reeplanner.ui.kpi;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reeplanner.model.Kpi;
import org.reeplanner.ui.common.Messages;

/** The texts and trend of one KPI card, updated in place whenever the results change. */
public final class KpiCardViewModel {
    static final String NO_CHANGE = Messages.get("kpi.noChange");

    private final KpiCardKind kind;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper shortTitle = new ReadOnlyStringWrapper(this, "shortTitle", "");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
    private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper(this, "baseline", "");
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper(this, "help", "");
    private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(this, "trend", Trend.UNCHANGED);

    KpiCardViewModel(KpiCardKind kind) {
        this.kind = kind;
    }

    void update(Kpi kpi, int year, String cardTitle, String compactTitle) {
        Trend t = Trend.of(kpi);
        title.set(cardTitle);
        shortTitle.set(compactTitle);
        value.set(kind.formatValue(kpi.value()));
        change.set(t == Trend.UNCHANGED ? NO_CHANGE : kind.formatChange(kpi.change()));
        String base = kind.formatValue(kpi.baseline());
        baseline.set(Messages.format("kpi.baseline", base));
        help.set(switch (kpi.better()) {
            case LOWER -> Messages.format("kpi.help.lower", kpi.label(), year, base);
            case HIGHER -> Messages.format("kpi.help.higher", kpi.label(), year, base);
            case NEITHER -> Messages.format("kpi.help.neither", kpi.label(), year, base);
        });
        trend.set(t);
    }

    public KpiCardKind kind() {
        return kind;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The title a compact card shows: two short lines at most (the full title is in the tooltip). */
    public ReadOnlyStringProperty shortTitleProperty() {
        return shortTitle.getReadOnlyProperty();
    }

    /** The KPI's value in the target year, e.g. "86%". */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The change against the baseline, e.g. "−1.7 pp", or "no change". */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** The baseline's own value after the change, e.g. "vs 88%" (the title bar says what the baseline is). */
    public ReadOnlyStringProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** A sentence for the tooltip: what the number is and which direction is good. */
    public ReadOnlyStringProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trend> trendProperty() {
        return trend.getReadOnlyProperty();
    }
}
