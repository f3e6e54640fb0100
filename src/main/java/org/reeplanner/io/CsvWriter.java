package org.reeplanner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/**
 * Writes every annual series of a model run as CSV ({@code run --csv}), wide or long.
 *
 * <p>Wide layout: a header row {@code series,label,unit,2025,2026,...} followed by one row per series in the stable
 * order of {@link Projection#seriesInfo()}: the series ID (the same as in the result JSON and Excel), a label for
 * people, the unit, then one value per year. Long layout ({@code run --csv-long}): one row per series and year with
 * the scenario, model version and date, the value, the no-new-investment baseline and, after a Monte Carlo study,
 * P10/P50/P90. Files are UTF-8 with a byte-order mark (so spreadsheets read "–" and "×" right), rows end with CRLF
 * and cells are quoted as RFC 4180 says (only when they hold a comma, a quote or a line break; quotes are doubled).
 * Numbers use '.' as decimal point whatever the locale, in plain notation, rounded to what their unit can show
 * ({@link UnitDecimals}: no float noise such as {@code 315861.81120000005}). Text cells that a spreadsheet would run
 * as a formula (those starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) get a
 * leading single quote, because labels come from data files a user can edit.
 */
public final class CsvWriter {
    private static final String EOL = "\r\n";
    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    /** Writes all series of {@code projection} to {@code file} atomically. */
    public static void write(Path file, Projection projection) throws IOException {
        byte[] bytes = (BOM + toCsv(projection.years(), projection.seriesInfo(), projection.byId()))
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
    }

    /** What the long layout says about the run besides its values: scenario, model version and date. */
    public record Stamp(String scenario, String modelVersion, String date) {
    }

    /**
     * Writes the long layout atomically: {@code run} against {@code baseline}, with P10/P50/P90 columns when
     * {@code bands} is not null.
     */
    public static void writeLong(Path file, Stamp stamp, Projection run, Projection baseline, Bands bands)
            throws IOException {
        AtomicFiles.write(file, (BOM + toLongCsv(stamp, run, baseline, bands)).getBytes(StandardCharsets.UTF_8));
    }

    /** The long-layout CSV text (without the byte-order mark). */
    public static String toLongCsv(Stamp stamp, Projection run, Projection baseline, Bands bands) {
        int[] years = run.years();
        StringBuilder sb = new StringBuilder(run.seriesInfo().size() * years.length * 90);
        sb.append("scenario,model_version,date,series,label,unit,year,value,baseline");
        if (bands != null) {
            sb.append(",p10,p50,p90");
        }
        sb.append(EOL);
        String prefix = text(stamp.scenario()) + ',' + text(stamp.modelVersion()) + ',' + text(stamp.date()) + ',';
        for (SeriesInfo info : run.seriesInfo()) {
            double[] values = run.byId().get(info.id());
            double[] base = baseline.byId().get(info.id());
            Band band = bands == null ? null : bands.byId().get(info.id());
            String head = prefix + text(info.id()) + ',' + text(info.label()) + ',' + text(info.unit().symbol())
                    + ',';
            for (int i = 0; i < years.length; i++) {
                sb.append(head).append(years[i]).append(',').append(number(info, values[i], years[i])).append(',')
                        .append(number(info, base[i], years[i]));
                if (bands != null) {
                    if (band == null) {
                        sb.append(",,,");
                    } else {
                        sb.append(',').append(number(info, band.p10()[i], years[i])).append(',')
                                .append(number(info, band.p50()[i], years[i])).append(',')
                                .append(number(info, band.p90()[i], years[i]));
                    }
                }
                sb.append(EOL);
            }
        }
        return sb.toString();
    }

    /** The CSV text for {@code series}, each looked up in {@code values} by its ID (one value per year). */
    public static String toCsv(int[] years, List<SeriesInfo> series, Map<String, double[]> values) {
        StringBuilder sb = new StringBuilder(256 + series.size() * (64 + years.length * 20));
        sb.append("series,label,unit");
        for (int year : years) {
            sb.append(',').append(year);
        }
        sb.append(EOL);
        for (SeriesInfo info : series) {
            double[] row = values.get(info.id());
            if (row == null || row.length != years.length) {
                throw new IllegalArgumentException("series " + info.id() + " has "
                        + (row == null ? "no values" : row.length + " values") + " for " + years.length + " years");
            }
            sb.append(text(info.id())).append(',').append(text(info.label())).append(',')
                    .append(text(info.unit().symbol()));
            for (int i = 0; i < row.length; i++) {
                sb.append(',').append(number(info, row[i], years[i]));
            }
            sb.append(EOL);
        }
        return sb.toString();
    }

    /** One text cell: neutralised against formula injection, then quoted when needed. */
    public static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String number(SeriesInfo info, double v, int year) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("the model produced " + v + " for " + info.id() + " in " + year
                    + "; refusing to write it");
        }
        return UnitDecimals.text(info.unit(), v);
    }
}
