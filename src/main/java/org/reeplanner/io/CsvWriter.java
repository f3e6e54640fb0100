package org.reeplanner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;

/**
 * Writes every annual series of a model run as CSV ({@code run --csv}).
 *
 * <p>Layout: a header row {@code series,label,unit,2025,2026,...} followed by one row per series in the stable
 * order of {@link Projection#seriesInfo()}: the series ID (the same as in the result JSON and Excel), a label for
 * people, the unit, then one value per year. The file is UTF-8 without a byte-order mark, rows end with CRLF and
 * cells are quoted as RFC 4180 says (only when they hold a comma, a quote or a line break; quotes are doubled).
 * Numbers use '.' as decimal point whatever the locale and keep full precision ({@link Double#toString}, so very
 * small or large values may come as {@code 1.0E-5}). Text cells that a spreadsheet would run as a formula (those
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) get a leading single quote,
 * because labels come from data files a user can edit.
 */
public final class CsvWriter {
    private static final String EOL = "\r\n";

    private CsvWriter() {
    }

    /** Writes all series of {@code projection} to {@code file} atomically. */
    public static void write(Path file, Projection projection) throws IOException {
        byte[] bytes = toCsv(projection.years(), projection.seriesInfo(), projection.byId())
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
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
                sb.append(',').append(number(row[i], info.id(), years[i]));
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

    private static String number(double v, String id, int year) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("the model produced " + v + " for " + id + " in " + year
                    + "; refusing to write it");
        }
        return Double.toString(v);
    }
}
