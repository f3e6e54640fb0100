package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/**
 * The Data sheet: every series in long format, one row per series and year (ID, label, unit, year, scenario value,
 * no-new-investment baseline and, after a Monte Carlo study, P10/P50/P90), as the named table {@code DataTable} —
 * what a pivot table, a filter or {@code SUMIFS} wants, with one unit per row and numeric years.
 */
final class DataSheet {
    private DataSheet() {
    }

    static void write(SheetBuilder b, Projection run, Projection baseline, Bands bands) {
        b.heading("Data: every series in long format", "One row per series and year; Scenario is this scenario, "
                + "Baseline the same scenario without new investment" + (bands == null ? "."
                : ", P10/P50/P90 the Monte Carlo percentiles."));
        List<String> header = new ArrayList<>(List.of("Series ID", "Series", "Unit", "Year", "Scenario",
                "Baseline"));
        if (bands != null) {
            header.addAll(List.of("P10", "P50", "P90"));
        }
        b.header(HEADER_ROW, header.toArray(String[]::new));
        int[] years = run.years();
        int row = HEADER_ROW + 1;
        for (SeriesInfo info : run.seriesInfo()) {
            double[] values = run.byId().get(info.id());
            double[] base = baseline.byId().get(info.id());
            Band band = bands == null ? null : bands.byId().get(info.id());
            String format = UnitFormats.of(info.unit());
            for (int i = 0; i < years.length; i++) {
                b.text(row, 0, info.id());
                b.text(row, 1, info.label());
                b.text(row, 2, info.unit().symbol());
                b.number(row, 3, years[i], UnitFormats.YEAR);
                b.number(row, 4, values[i], format);
                b.number(row, 5, base[i], format);
                if (band != null) {
                    b.number(row, 6, band.p10()[i], format);
                    b.number(row, 7, band.p50()[i], format);
                    b.number(row, 8, band.p90()[i], format);
                }
                row++;
            }
        }
        b.table("DataTable", HEADER_ROW, row - 1, header.size() - 1);
        b.widths(24, 40, 12, 6, 12, 12, 12, 12, 12);
        b.freeze(3, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
    }
}
