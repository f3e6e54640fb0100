package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.Map;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/** The Uncertainty sheet: P10, P50 and P90 of every series, year by year, from a Monte Carlo study. */
final class UncertaintySheet {
    static final int FIRST_YEAR_COL = 4;
    static final String[] PERCENTILES = {"P10", "P50", "P90"};

    private UncertaintySheet() {
    }

    /** The row key suffix of a band's width (P90 − P10), the shaded part of the Summary's band chart. */
    static final String WIDTH = "P90-P10";

    /** Writes the bands; row keys are {@code <series id>@P10} and so on. */
    static DataRows write(SheetBuilder b, Bands bands, Iterable<SeriesInfo> series) {
        b.heading("Uncertainty: P10 / P50 / P90 of every series", String.format(java.util.Locale.ROOT,
                "%,d Monte Carlo runs, seed %d: every parameter drawn from a triangular distribution over its "
                        + "low–base–high range (see Assumptions). 80%% of runs fall between P10 and P90.",
                bands.runs(), bands.seed()));
        int[] years = bands.years();
        int lastCol = FIRST_YEAR_COL + years.length - 1;
        b.header(HEADER_ROW, "Series ID", "Series", "Unit", "Percentile");
        b.yearHeader(HEADER_ROW, FIRST_YEAR_COL, years);
        DataRows rows = new DataRows(b.sheet(), HEADER_ROW, FIRST_YEAR_COL, lastCol, 3);
        Map<String, Band> byId = bands.byId();
        int row = HEADER_ROW + 1;
        for (SeriesInfo info : series) {
            Band band = byId.get(info.id());
            if (band == null) {
                continue;
            }
            double[][] values = {band.p10(), band.p50(), band.p90()};
            String format = UnitFormats.of(info.unit());
            for (int q = 0; q < 3; q++) {
                b.text(row, 0, info.id());
                b.text(row, 1, info.label());
                b.text(row, 2, info.unit().symbol());
                b.text(row, 3, PERCENTILES[q]);
                for (int i = 0; i < years.length; i++) {
                    b.number(row, FIRST_YEAR_COL + i, values[q][i], format);
                }
                rows.put(info.id() + "@" + PERCENTILES[q], row);
                row++;
            }
        }
        b.filter(HEADER_ROW, row - 1, lastCol);
        row = widths(b, row + 1, rows, years.length);
        b.yearTable(HEADER_ROW, lastCol, lastCol, 24, 36, 12, 9);
        return rows;
    }

    /**
     * Below the table, P90 − P10 of China's separation share as formulas on the P90 and P10 rows: the Summary's band
     * chart stacks it on P10 to shade the range. Returns the next free row.
     */
    private static int widths(SheetBuilder b, int row, DataRows rows, int years) {
        String id = org.reeplanner.model.Series.SHARE_CHINA_SEPARATION.id();
        if (!rows.has(id + "@P90")) {
            return row;
        }
        int p90 = rows.row(id + "@P90");
        int p10 = rows.row(id + "@P10");
        b.text(row, 0, id);
        b.text(row, 1, "Width of the P10–P90 band (chart helper)");
        b.text(row, 2, "fraction");
        b.text(row, 3, WIDTH);
        for (int i = 0; i < years; i++) {
            int col = FIRST_YEAR_COL + i;
            double cached = b.cell(p90, col).getNumericCellValue() - b.cell(p10, col).getNumericCellValue();
            b.formula(row, col, new org.apache.poi.ss.util.CellReference(p90, col).formatAsString() + "-"
                    + new org.apache.poi.ss.util.CellReference(p10, col).formatAsString(), cached, UnitFormats.PERCENT);
        }
        rows.put(id + "@" + WIDTH, row);
        return row + 1;
    }
}
