package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;

/**
 * The Annual projections sheet: one row per output series (ID, label, unit, one column per year) for the scenario,
 * and below it the same for the no-new-investment baseline. IDs are the stable ones of the JSON and CSV.
 */
final class ProjectionsSheet {
    static final String BASELINE_PREFIX = "baseline:";
    static final int FIRST_YEAR_COL = 3;

    private ProjectionsSheet() {
    }

    static DataRows write(SheetBuilder b, Projection run, Projection baseline) {
        b.heading("Annual projections: " + run.scenario().name(), "One row per output series; the series IDs are "
                + "the same as in the planner's JSON and CSV. Fractions are shown as percentages.");
        int[] years = run.years();
        int lastCol = FIRST_YEAR_COL + years.length - 1;
        DataRows rows = new DataRows(b.sheet(), HEADER_ROW, FIRST_YEAR_COL, lastCol, 1);
        int end = table(b, "ProjectionTable", HEADER_ROW, run, "", rows);
        int title = end + 2;
        b.text(title, 0, "Baseline: the same scenario without new investment", Role.SUBTITLE);
        table(b, "BaselineTable", title + 1, baseline, BASELINE_PREFIX, rows);
        int[] widths = new int[lastCol + 1];
        widths[0] = 34;
        widths[1] = 46;
        widths[2] = 14;
        for (int c = FIRST_YEAR_COL; c <= lastCol; c++) {
            widths[c] = 12;
        }
        b.widths(widths);
        b.freeze(FIRST_YEAR_COL, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
        return rows;
    }

    /** Writes one table from {@code header}; returns its last row. */
    private static int table(SheetBuilder b, String name, int header, Projection p, String prefix, DataRows rows) {
        int[] years = p.years();
        b.text(header, 0, "Series ID", Role.HEADER);
        b.text(header, 1, "Series", Role.HEADER);
        b.text(header, 2, "Unit", Role.HEADER);
        for (int i = 0; i < years.length; i++) {
            b.text(header, FIRST_YEAR_COL + i, Integer.toString(years[i]), Role.HEADER);
        }
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
        b.table(name, header, row - 1, FIRST_YEAR_COL + years.length - 1);
        return row - 1;
    }
}
