package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;

/**
 * The Annual projections sheet: one row per output series (ID, label, unit, one column per year) for the scenario,
 * and below it the same for the no-new-investment baseline. IDs are the stable ones of the JSON and CSV. Year headers
 * are numbers; the long-format Data sheet holds the same values as a named table.
 */
final class ProjectionsSheet {
    static final String BASELINE_PREFIX = "baseline:";
    static final int FIRST_YEAR_COL = 3;
    /** A year column holds "315,862 t" or "USD 14.20 bn" and stays narrow enough for six years a page. */
    static final int YEAR_WIDTH = 11;

    private ProjectionsSheet() {
    }

    static DataRows write(SheetBuilder b, Projection run, Projection baseline) {
        b.heading("Annual projections: " + run.scenario().name(), "One row per output series; the series IDs are "
                + "the same as in the planner's JSON and CSV. Fractions are shown as percentages.");
        int[] years = run.years();
        int lastCol = FIRST_YEAR_COL + years.length - 1;
        DataRows rows = new DataRows(b.sheet(), HEADER_ROW, FIRST_YEAR_COL, lastCol, 1);
        int end = block(b, HEADER_ROW, run, "", rows);
        b.filter(HEADER_ROW, end, lastCol);
        int title = end + 2;
        b.text(title, 0, "Baseline: the same scenario without new investment", Role.SUBTITLE);
        block(b, title + 1, baseline, BASELINE_PREFIX, rows);
        b.yearTable(HEADER_ROW, lastCol, lastCol, 25, 41, 12);
        return rows;
    }

    /** Writes one block of rows under a header with numeric years from {@code header}; returns its last row. */
    private static int block(SheetBuilder b, int header, Projection p, String prefix, DataRows rows) {
        int[] years = p.years();
        b.text(header, 0, "Series ID", Role.HEADER);
        b.text(header, 1, "Series", Role.HEADER);
        b.text(header, 2, "Unit", Role.HEADER);
        b.yearHeader(header, FIRST_YEAR_COL, years);
        int row = header + 1;
        int index = 0;
        for (SeriesInfo info : p.seriesInfo()) {
            double[] values = p.valuesAt(index++);
            String format = UnitFormats.of(info.unit());
            b.text(row, 0, info.id());
            b.text(row, 1, info.label());
            b.text(row, 2, info.unit().symbol());
            for (int i = 0; i < values.length; i++) {
                b.number(row, FIRST_YEAR_COL + i, values[i], format);
            }
            rows.put(prefix + info.id(), row);
            row++;
        }
        return row - 1;
    }
}
