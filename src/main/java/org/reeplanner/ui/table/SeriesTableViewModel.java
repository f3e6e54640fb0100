package org.reeplanner.ui.table;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * Every annual series of the scenario as a table (rows = series, columns = years) and as tab-separated text for
 * Excel: a header row, then one row per series with its label, stable id, unit and plain numbers at full precision.
 */
public final class SeriesTableViewModel {
    private static final char TAB = '\t';
    private static final String NEWLINE = "\n";

    private final ObservableValue<RunResult> results;
    private final List<SeriesInfo> infos;
    private final List<SeriesRow> rows;
    private final ReadOnlyObjectWrapper<int[]> years = new ReadOnlyObjectWrapper<>(this, "years", new int[0]);
    /** Off until the Table tab is shown: formatting every cell of a hidden table is wasted at start-up. */
    private boolean active;
    private boolean stale;

    public SeriesTableViewModel(ObservableValue<RunResult> results, FocusAreaCatalog catalog) {
        this.results = results;
        this.infos = Projection.seriesInfo(catalog);
        this.rows = infos.stream().map(i -> new SeriesRow(i.label(), i.id(), CellFormats.unitLabel(i.unit())))
                .toList();
        results.subscribe(r -> refresh());
    }

    public List<SeriesRow> rows() {
        return rows;
    }

    /** The calendar years, one column each; replaced only when the horizon changes. */
    public ReadOnlyObjectProperty<int[]> yearsProperty() {
        return years.getReadOnlyProperty();
    }

    /** Whether the table is on screen; a hidden table catches up when shown. */
    public void setActive(boolean on) {
        active = on;
        if (on && stale) {
            refresh();
        }
    }

    /** Every row as tab-separated text with a header row. */
    public String tsv() {
        return tsv(rows);
    }

    /** The given rows (all of them when empty) as tab-separated text with a header row. */
    public String tsv(List<SeriesRow> selected) {
        List<SeriesRow> chosen = selected.isEmpty() ? rows : selected;
        refreshNow();
        StringBuilder out = new StringBuilder(Messages.get("table.header.series")).append(TAB)
                .append(Messages.get("table.header.id")).append(TAB).append(Messages.get("table.header.unit"));
        for (int y : years.get()) {
            out.append(TAB).append(y);
        }
        out.append(NEWLINE);
        for (SeriesRow row : chosen) {
            out.append(clean(row.label())).append(TAB).append(row.id()).append(TAB)
                    .append(infos.get(rows.indexOf(row)).unit().symbol());
            for (double v : row.values()) {
                out.append(TAB).append(Double.isFinite(v) ? Formats.plain(v) : "");
            }
            out.append(NEWLINE);
        }
        return out.toString();
    }

    /** How many rows and years a copy of {@code selected} holds, for the status bar. */
    public String describeCopy(List<SeriesRow> selected) {
        int n = selected.isEmpty() ? rows.size() : selected.size();
        return Messages.format("table.copied", n, years.get().length);
    }

    private void refresh() {
        if (!active) {
            stale = true;
            return;
        }
        refreshNow();
    }

    private void refreshNow() {
        RunResult r = results.getValue();
        if (r == null) {
            return;
        }
        stale = false;
        Projection p = r.scenario();
        int n = p.yearCount();
        for (int s = 0; s < rows.size(); s++) {
            double[] values = p.valuesAt(s);
            String[] texts = new String[n];
            for (int i = 0; i < n; i++) {
                texts[i] = CellFormats.cell(values[i], infos.get(s).unit());
            }
            rows.get(s).update(values, texts);
        }
        if (years.get().length != n || years.get()[0] != p.firstYear()) {
            years.set(p.years());
        }
    }

    /** Tabs or line breaks inside a label would break the columns. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
