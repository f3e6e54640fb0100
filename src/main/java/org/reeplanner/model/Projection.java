package org.reeplanner.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one model run: every output series year by year, plus the bottleneck stage per year. Arrays handed
 * out by {@link #values} are the projection's own: read them, do not change them.
 */
public final class Projection {
    private final Scenario scenario;
    private final int[] years;
    private final double[][] fixed;
    private final double[][] spendByArea;
    private final FocusAreaCatalog catalog;
    private final Stage[] bottleneck;

    Projection(Scenario scenario, int[] years, double[][] fixed, double[][] spendByArea, FocusAreaCatalog catalog,
               Stage[] bottleneck) {
        this.scenario = scenario;
        this.years = years;
        this.fixed = fixed;
        this.spendByArea = spendByArea;
        this.catalog = catalog;
        this.bottleneck = bottleneck;
    }

    public Scenario scenario() {
        return scenario;
    }

    public int[] years() {
        return years.clone();
    }

    public int yearCount() {
        return years.length;
    }

    public int firstYear() {
        return years[0];
    }

    public int lastYear() {
        return years[years.length - 1];
    }

    /** The index of a calendar year, or an exception naming the horizon when it is outside. */
    public int indexOf(int year) {
        int i = year - years[0];
        if (i < 0 || i >= years.length) {
            throw new IllegalArgumentException("year " + year + " is outside " + years[0] + "–" + lastYear());
        }
        return i;
    }

    public double[] values(Series s) {
        return fixed[s.ordinal()];
    }

    public double value(Series s, int year) {
        return fixed[s.ordinal()][indexOf(year)];
    }

    public double[] spend(int areaIndex) {
        return spendByArea[areaIndex];
    }

    /** How many series {@link #seriesInfo()} lists. */
    public int seriesCount() {
        return fixed.length + spendByArea.length;
    }

    /** The series at a position of {@link #seriesInfo()}: a fast path for code that walks every series. */
    public double[] valuesAt(int seriesIndex) {
        return seriesIndex < fixed.length ? fixed[seriesIndex] : spendByArea[seriesIndex - fixed.length];
    }

    public Stage bottleneck(int year) {
        return bottleneck[indexOf(year)];
    }

    public FocusAreaCatalog focusAreas() {
        return catalog;
    }

    /** Every series this projection carries, in a stable order: the fixed ones, then spend per focus area. */
    public List<SeriesInfo> seriesInfo() {
        return seriesInfo(catalog);
    }

    public static List<SeriesInfo> seriesInfo(FocusAreaCatalog catalog) {
        List<SeriesInfo> all = new ArrayList<>();
        for (Series s : Series.values()) {
            all.add(new SeriesInfo(s.id(), s.label(), s.unit()));
        }
        for (FocusArea a : catalog.areas()) {
            all.add(new SeriesInfo(spendId(a.id()), "Programme spend, " + a.name(), Unit.USD_BN));
        }
        return Collections.unmodifiableList(all);
    }

    public static String spendId(String focusAreaId) {
        return "spend." + focusAreaId + ".usdBn";
    }

    /** All series by ID, in {@link #seriesInfo()} order. */
    public Map<String, double[]> byId() {
        Map<String, double[]> map = new java.util.LinkedHashMap<>();
        for (Series s : Series.values()) {
            map.put(s.id(), fixed[s.ordinal()]);
        }
        for (int k = 0; k < catalog.size(); k++) {
            map.put(spendId(catalog.get(k).id()), spendByArea[k]);
        }
        return map;
    }

    /** One series by its stable ID, or {@code null} when there is none. */
    public double[] values(String id) {
        return lookup().get(id);
    }

    private Map<String, double[]> lookup;

    private Map<String, double[]> lookup() {
        if (lookup == null) {
            lookup = new HashMap<>(byId());
        }
        return lookup;
    }
}
