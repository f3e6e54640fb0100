package org.reeplanner.ui.charts.plot;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/**
 * The P10–P90 range of one chart line from a Monte Carlo study, shaded behind the line: 80% of the runs fall inside
 * it. It is shown while a study's bands are given and its line is shown, and marked stale (drawn dimmed) while the
 * bands belong to an earlier version of the scenario.
 */
public final class UncertaintyBand {
    private static final int[] NO_YEARS = new int[0];
    private static final double[] NONE = new double[0];

    private final String key;
    private final String name;
    private final String colour;
    private final Supplier<String> seriesId;
    private final BooleanSupplier partnerShown;
    private final DoubleFunction<String> format;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private int[] years = NO_YEARS;
    private double[] low = NONE;
    private double[] high = NONE;
    private final DoubleSupplier axisScale;
    private double scale = 1;

    /**
     * @param seriesId     the series whose band this is (it may follow a chart setting, e.g. the stage shown)
     * @param partnerShown whether the line the band belongs to is shown
     * @param axisScale    from the model's unit to the axis's (100 for percent, 0.001 for kilotonnes)
     */
    UncertaintyBand(String key, String name, String colour, Supplier<String> seriesId, BooleanSupplier partnerShown,
                    DoubleFunction<String> format, DoubleSupplier axisScale) {
        this.key = key;
        this.name = name;
        this.colour = colour;
        this.seriesId = seriesId;
        this.partnerShown = partnerShown;
        this.format = format;
        this.axisScale = axisScale;
    }

    /** A stable key for ids, e.g. {@code separation}. */
    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    /** The CSS class that gives the band its colour, e.g. {@code series-stage-separation}. */
    public String colourClass() {
        return "series-" + colour;
    }

    /** Whether the band is drawn: a study's bands are given and the band's line is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    /** Whether the band belongs to an earlier version of the scenario (a new study is on its way). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Counts changes of the band's values, so the view knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The years the band has values for. */
    public int[] years() {
        return years;
    }

    /** P10 in axis units (the model's value times the chart's scale) at year index {@code i}. */
    public double low(int i) {
        return low[i] * scale;
    }

    /** P90 in axis units at year index {@code i}. */
    public double high(int i) {
        return high[i] * scale;
    }

    /** "84%–88%": the range at the year {@code year}, or "" when the band has no value there. */
    public String describe(int year) {
        int i = years.length == 0 ? -1 : year - years[0];
        if (i < 0 || i >= years.length) {
            return "";
        }
        return format.apply(low[i]) + "\u2013" + format.apply(high[i]);
    }

    /** The largest value drawn, in axis units, or 0 when the band is not shown. */
    double maxShown() {
        double max = 0;
        if (shown.get()) {
            for (int i = 0; i < high.length; i++) {
                max = Math.max(max, high(i));
            }
        }
        return max;
    }

    /** Takes the band of its series from {@code study} (null: no study, nothing drawn). */
    void show(Bands study, boolean outdated) {
        Band band = study == null ? null : study.byId().get(seriesId.get());
        double[] p10 = band == null ? NONE : band.p10();
        boolean changed = p10 != low || scale != axisScale.getAsDouble();
        if (changed) {
            scale = axisScale.getAsDouble();
            years = band == null ? NO_YEARS : study.years();
            low = p10;
            high = band == null ? NONE : band.p90();
        }
        stale.set(band != null && outdated);
        shown.set(band != null && partnerShown.getAsBoolean());
        if (changed) {
            revision.set(revision.get() + 1);
        }
    }
}
