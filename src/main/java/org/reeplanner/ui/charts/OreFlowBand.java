package org.reeplanner.ui.charts;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

/**
 * One route of the year's allied ore in the flow picture: its tonnes (the band's width) and share, and the same for
 * the no-new-investment run, as texts for the band's label.
 */
public final class OreFlowBand {
    private final OreRoute route;
    private final ReadOnlyDoubleWrapper tonnes = new ReadOnlyDoubleWrapper(this, "tonnes");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper(this, "baseline", "");
    private final ReadOnlyStringWrapper compact = new ReadOnlyStringWrapper(this, "compact", "");
    private final ReadOnlyStringWrapper tight = new ReadOnlyStringWrapper(this, "tight", "");
    private double share;

    OreFlowBand(OreRoute route) {
        this.route = route;
    }

    public OreRoute route() {
        return route;
    }

    /** The route's name, e.g. "Sold to China". */
    public String name() {
        return route.title();
    }

    /** Tonnes of ore (REO) on this route in the year. */
    public ReadOnlyDoubleProperty tonnesProperty() {
        return tonnes.getReadOnlyProperty();
    }

    public double tonnes() {
        return tonnes.get();
    }

    /** The route's share of allied mine output (0–1). */
    public double share() {
        return share;
    }

    /** "12.3 kt REO · 24%". */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** "vs 10.1 kt · 25%": the same with no new investment. */
    public ReadOnlyStringProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** "12.3 kt · 24% (vs 25%)": figure and comparison on one line, for a short picture. */
    public ReadOnlyStringProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    /** "24% Sold to China": share and name on one line (the share first, as an ellipsis cuts the end). */
    public ReadOnlyStringProperty tightProperty() {
        return tight.getReadOnlyProperty();
    }

    void set(double t, double total, double baselineT, double baselineTotal) {
        share = total > 0 ? t / total : 0;
        String baseShare = Formats.percent(baselineTotal > 0 ? baselineT / baselineTotal : 0);
        tonnes.set(t);
        value.set(Messages.format("oreFlow.value", ChartFormats.tonnesReo(t), Formats.percent(share)));
        baseline.set(Messages.format("oreFlow.baseline", Formats.tonnes(baselineT), baseShare));
        compact.set(Messages.format("oreFlow.compact", Formats.tonnes(t), Formats.percent(share), baseShare));
        tight.set(Messages.format("oreFlow.tight", name(), Formats.percent(share)));
    }
}
