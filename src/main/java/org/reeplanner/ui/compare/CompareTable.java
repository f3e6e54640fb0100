package org.reeplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.ui.kpi.KpiCardKind;
import org.reeplanner.ui.kpi.Trend;

/**
 * The KPIs of up to four scenarios side by side for one year, each cell with its value and, after the first
 * column, its difference from the first scenario (the reference) and whether that difference is better or worse.
 */
public record CompareTable(int year, List<String> columns, List<Row> rows) {
    /** Shown where a scenario's horizon ends before the year asked for. */
    public static final String NOT_AVAILABLE = "—";

    /** One KPI across the scenarios. */
    public record Row(String kpiId, String label, List<Cell> cells) {
    }

    /** One scenario's value of one KPI; {@code difference} is empty in the reference column. */
    public record Cell(String value, String difference, Trend trend) {
    }

    public CompareTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The table for {@code year}; an empty comparison gives a table without columns. */
    public static CompareTable of(List<ComparedScenario> scenarios, int year) {
        List<String> columns = scenarios.stream().map(ComparedScenario::label).toList();
        List<KpiSet> sets = scenarios.stream().map(s -> covers(s, year)
                ? KpiSet.of(s.projection(), s.baseline(), year) : null).toList();
        List<Row> rows = new ArrayList<>();
        for (KpiCardKind kind : KpiCardKind.values()) {
            List<Kpi> kpis = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                ComparedScenario s = scenarios.get(i);
                kpis.add(sets.get(i) == null ? null : kind.kpi(sets.get(i), s.projection(), s.baseline()));
            }
            rows.add(row(kind, kpis, year));
        }
        return new CompareTable(year, columns, rows);
    }

    /** One row from each scenario's KPI ({@code null} where its horizon does not reach the year). */
    private static Row row(KpiCardKind kind, List<Kpi> kpis, int year) {
        List<Cell> cells = new ArrayList<>();
        Kpi reference = kpis.isEmpty() ? null : kpis.get(0);
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i) == null) {
                cells.add(new Cell(NOT_AVAILABLE, "", Trend.UNCHANGED));
                continue;
            }
            Kpi kpi = kpis.get(i);
            if (i == 0 || reference == null) {
                cells.add(new Cell(kind.formatValue(kpi.value()), "", Trend.UNCHANGED));
                continue;
            }
            // Reuse the KPI's own direction: the reference plays the part of the baseline.
            Kpi against = new Kpi(kpi.id(), kpi.label(), kpi.unit(), kpi.value(), reference.value(), kpi.better());
            Trend trend = Trend.of(against);
            String difference = trend == Trend.UNCHANGED ? "same" : kind.formatChange(against.change());
            cells.add(new Cell(kind.formatValue(kpi.value()), difference, trend));
        }
        return new Row(kind.kpiId(), kind.title(year), cells);
    }

    private static boolean covers(ComparedScenario s, int year) {
        return year >= s.projection().firstYear() && year <= s.projection().lastYear();
    }
}
