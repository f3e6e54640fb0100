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
        int[] widths = new int[lastCol + 1];
        widths[0] = 34;
        widths[1] = 46;
        widths[2] = 14;
        widths[3] = 11;
        for (int c = FIRST_YEAR_COL; c <= lastCol; c++) {
            widths[c] = 12;
        }
        b.widths(widths);
        b.freeze(FIRST_YEAR_COL, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
        return rows;
    }
}
