package org.reeplanner.ui.charts.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.WhileShown;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * What every chart shares: its lines in drawing order, legend, markers, value-axis range, time axis, the window's
 * year cursor and hover texts. A subclass declares its lines and fills them from each model run. While its tab is
 * hidden a chart skips the work and catches up when shown.
 */
public abstract class ChartViewModel {
    static final String BASELINE = ChartCatalog.baseline();
    private static final String GHOST_SUFFIX = "-baseline";

    private final String key;
    private final ObservableValue<RunResult> results;
    private final YearCursor cursor;
    private final AxisRange yRange;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper yLabel = new ReadOnlyStringWrapper(this, "yLabel", "");
    private final ReadOnlyIntegerWrapper firstYear = new ReadOnlyIntegerWrapper(this, "firstYear", 2025);
    private final ReadOnlyIntegerWrapper lastYear = new ReadOnlyIntegerWrapper(this, "lastYear", 2040);
    private final List<ChartLine> lines = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();
    private final List<ChartMarker> markers = new ArrayList<>();
    private final UncertaintyOverlay uncertainty = new UncertaintyOverlay();
    private final WhileShown shown = new WhileShown(this::redraw);
    private LegendEntry baselineEntry;

    protected ChartViewModel(String key, ObservableValue<RunResult> results, YearCursor cursor, AxisRange yRange) {
        this.key = key;
        this.results = results;
        this.cursor = cursor;
        this.yRange = yRange;
    }

    /** The catalogue's entry for the view shown: title, series, colours and axis, as the exports have them. */
    public abstract ChartDefinition definition();

    /** Fills every line from a model run; {@code years} are the run's calendar years. */
    protected abstract void fill(RunResult r, int[] years);

    /** Extra hover rows for a year index, e.g. days of stockpile cover; none by default. */
    protected List<HoverRow> extraHover(RunResult r, int index) {
        return List.of();
    }

    /** Starts following the results; subclasses call it at the end of their constructor. */
    protected final void start() {
        results.subscribe(r -> refresh());
        for (ChartLine line : lines) {
            line.visibleProperty().subscribe((was, is) -> refresh());
        }
    }

    /** The chart's stable id, e.g. {@code chart-supply}. */
    public String chartId() {
        return "chart-" + key;
    }

    public String key() {
        return key;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The value axis's label with its unit, e.g. "Mine output (kt REO)". */
    public ReadOnlyStringProperty yLabelProperty() {
        return yLabel.getReadOnlyProperty();
    }

    public String note() {
        return Messages.get("chart.note");
    }

    /** Every line in drawing order: stacked bands top band first, then ghosts, then solid lines. */
    public List<ChartLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<LegendEntry> legend() {
        return Collections.unmodifiableList(legend);
    }

    public List<ChartMarker> markers() {
        return Collections.unmodifiableList(markers);
    }

    /** The P10–P90 bands the chart can shade behind its lines, in drawing order. */
    public List<UncertaintyBand> uncertaintyBands() {
        return uncertainty.bands();
    }

    /** What the shading shows, for the line under the chart; empty while no band is drawn. */
    public ReadOnlyStringProperty uncertaintyNoteProperty() {
        return uncertainty.noteProperty();
    }

    /**
     * Shades the bands of a Monte Carlo study behind the lines ({@code null}: none); {@code stale} when the study was
     * made for an earlier version of the scenario.
     */
    public void showUncertainty(Bands bandsOfStudy, boolean stale) {
        uncertainty.set(bandsOfStudy, stale);
        refresh();
    }

    public AxisRange yRange() {
        return yRange;
    }

    public ReadOnlyIntegerProperty firstYearProperty() {
        return firstYear.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty lastYearProperty() {
        return lastYear.getReadOnlyProperty();
    }

    public YearCursor cursor() {
        return cursor;
    }

    /** Whether the chart is on screen; a hidden chart is refreshed when it is shown again. */
    public void setActive(boolean on) {
        shown.setActive(on);
    }

    /** The hover box for {@code year}: each shown line's value with its unit, top band first, then the ghosts. */
    public List<HoverRow> hover(int year) {
        RunResult r = results.getValue();
        if (r == null) {
            return List.of();
        }
        int index = year - r.scenario().firstYear();
        List<HoverRow> rows = HoverRows.of(lines, uncertainty.bands(), index, year, GHOST_SUFFIX);
        rows.addAll(extraHover(r, index));
        return rows;
    }

    /** Takes the title and the value axis's label from the catalogue's entry. */
    protected final void label(ChartDefinition d) {
        title.set(d.title());
        yLabel.set(d.y().title());
    }

    /** A solid line named and coloured as the catalogue's series. */
    protected final ChartLine line(SeriesDefinition s, DoubleFunction<String> format) {
        return line(s.key(), s.label(), s.colour().themeName(), format);
    }

    /** A band for {@link #stack}, named and coloured as the catalogue's series. */
    protected static ChartLine band(SeriesDefinition s, DoubleFunction<String> format) {
        return band(s.key(), s.label(), s.colour().themeName(), format);
    }

    /** A solid line with its own legend entry. */
    protected final ChartLine line(String lineKey, String name, String colour, DoubleFunction<String> format) {
        return listed(new ChartLine(lineKey, name, ChartLine.Kind.LINE, colour, format));
    }

    /** Adds {@code line} to the chart with a legend entry of its own that shows and hides it. */
    private ChartLine listed(ChartLine line) {
        LegendEntry entry = new LegendEntry(line.key(), line.name(), line.colourClass(), false);
        line.visibleProperty().bind(entry.shownProperty());
        legend.add(entry);
        lines.add(line);
        return line;
    }

    /**
     * A solid line with its own legend entry that belongs to one view of the chart: it and its entry are there only
     * while {@code when} holds.
     */
    protected final ChartLine line(String lineKey, String name, String colour, DoubleFunction<String> format,
                                   ObservableBooleanValue when) {
        ChartLine line = line(lineKey, name, colour, format);
        LegendEntry entry = legend.get(legend.size() - 1);
        entry.availableProperty().bind(when);
        line.visibleProperty().bind(entry.shownProperty().and(when));
        return line;
    }

    /**
     * Stacked bands, given bottom to top; they are drawn top band first so each lower band covers the one above
     * from the axis up, and listed top band first in the legend, as they appear.
     */
    protected final List<ChartLine> stack(List<ChartLine> bottomToTop) {
        for (int i = bottomToTop.size() - 1; i >= 0; i--) {
            listed(bottomToTop.get(i));
        }
        return bottomToTop;
    }

    /** A band for {@link #stack}. */
    protected static ChartLine band(String lineKey, String name, String colour, DoubleFunction<String> format) {
        return new ChartLine(lineKey, name, ChartLine.Kind.STACKED, colour, format);
    }

    /** A dashed no-new-investment ghost of {@code partner}, shown while both it and the baseline entry are. */
    protected final ChartLine ghost(ChartLine partner, DoubleFunction<String> format) {
        ChartLine ghost = new ChartLine(partner.key() + GHOST_SUFFIX, ChartCatalog.ghost(partner.name()),
                ChartLine.Kind.GHOST, partner.colour(), format);
        ghost.visibleProperty().bind(partner.visibleProperty().and(baselineEntry().shownProperty()));
        return addGhost(ghost);
    }

    /**
     * A dashed no-new-investment outline of a whole stack (its top edge, over the bands shown), named
     * "{@code name} (no new investment)": on a stacked chart only the bottom band's and the total's edges are the
     * baseline values themselves, so those are the ghosts that say what they mean.
     */
    protected final ChartLine outlineGhost(String lineKey, String name, String colour,
                                           DoubleFunction<String> format) {
        ChartLine ghost = new ChartLine(lineKey + GHOST_SUFFIX, ChartCatalog.ghost(name),
                ChartLine.Kind.GHOST, colour, format);
        ghost.visibleProperty().bind(baselineEntry().shownProperty());
        return addGhost(ghost);
    }

    private ChartLine addGhost(ChartLine ghost) {
        int firstSolid = 0;
        while (firstSolid < lines.size() && lines.get(firstSolid).kind() != ChartLine.Kind.LINE) {
            firstSolid++;
        }
        lines.add(firstSolid, ghost);
        return ghost;
    }

    /**
     * A P10–P90 band of {@code seriesId} shaded behind the lines, shown while {@code shown} says so; {@code scale}
     * takes the model's values to the axis's units, as for the line.
     */
    protected final UncertaintyBand uncertaintyBand(String bandKey, String name, String colour,
                                                    Supplier<String> seriesId, BooleanSupplier shown,
                                                    DoubleFunction<String> format, DoubleSupplier scale) {
        UncertaintyBand band = new UncertaintyBand(bandKey, name, colour, seriesId, shown, format, scale);
        uncertainty.add(band);
        return band;
    }

    protected final ChartMarker marker(ChartMarker.Kind kind, String styleClass) {
        ChartMarker m = new ChartMarker(kind, styleClass);
        markers.add(m);
        return m;
    }

    /** Redraws from the latest run, e.g. after a setting of the chart changed. */
    protected final void refresh() {
        if (results.getValue() != null) {
            shown.request();
        }
    }

    private void redraw() {
        RunResult r = results.getValue();
        int[] years = r.scenario().years();
        fill(r, years);
        firstYear.set(years[0]);
        lastYear.set(years[years.length - 1]);
        double max = lines.stream().mapToDouble(ChartLine::maxShown).max().orElse(0);
        yRange.fit(Math.max(Math.max(max, ChartMarker.highestReference(markers)), uncertainty.refresh()));
    }

    private LegendEntry baselineEntry() {
        if (baselineEntry == null) {
            baselineEntry = new LegendEntry("baseline", BASELINE, "series-baseline", true);
        }
        return baselineEntry;
    }

    /** Adds the shared "No new investment" entry last; subclasses with ghosts call it after their lines. */
    protected final void addBaselineEntry() {
        legend.add(baselineEntry());
    }
}
