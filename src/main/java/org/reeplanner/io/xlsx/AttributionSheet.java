package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.Map;
import org.reeplanner.io.report.KpiStudies;
import org.reeplanner.io.report.KpiStudy;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.AttributionResult;

/**
 * The Attribution sheet: where a KPI's change against the no-new-investment baseline comes from in the target year,
 * as a waterfall table: the baseline, each funded lever's Shapley share, the changed assumptions and the scenario,
 * with the running total after each step. The KPI that moved most comes first (as the table AttributionTable),
 * every other headline KPI below; a funded lever that leaves a KPI unmoved keeps its row with a note saying so.
 */
final class AttributionSheet {
    static final String[] HEADER = {"Step", "Focus area ID", "Change", "Running total", "Note"};
    private static final int NOTE_WIDTH = 60;

    private AttributionSheet() {
    }

    /** Writes the focus KPI's table, then every other KPI's; returns the last row written. */
    static int write(SheetBuilder b, AttributionResult a, FocusAreaCatalog catalog, KpiStudies studies) {
        Series series = Series.byId(a.seriesId());
        String label = series == null ? a.seriesId() : series.label();
        b.heading("Attribution: " + label + " in " + a.year(), (studies == null ? "" : studies.focusReason() + " ")
                + "Where the change against the same scenario with no new investment under the default assumptions "
                + "comes from. Each lever's part is its Shapley value: what it adds, averaged over every order of "
                + "adding the funded levers. Changed assumptions: the scenario under its parameters minus under the "
                + "defaults. The parts add up to the change. Series " + a.seriesId() + "; the other KPIs follow.");
        b.header(HEADER_ROW, HEADER);
        KpiStudy focus = studies == null ? null : studies.focus();
        int row = waterfall(b, HEADER_ROW + 1, a, catalog, focus);
        b.table("AttributionTable", HEADER_ROW, row - 1, HEADER.length - 1);
        if (studies != null) {
            for (KpiStudy study : studies.studies()) {
                if (study.kpi().id().equals(studies.focusId()) || study.attribution() == null) {
                    continue;
                }
                row++;
                b.text(row++, 0, study.kpi().label() + " in " + a.year() + " (" + study.kpi().id() + ", "
                        + study.kpi().unit().symbol() + ")", Role.SUBTITLE);
                b.header(row++, HEADER);
                row = waterfall(b, row, study.attribution(), catalog, study);
            }
        }
        b.widths(40, 16, 14, 14, NOTE_WIDTH);
        b.freeze(0, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
        return row - 1;
    }

    /** The baseline, each funded lever, the changed assumptions and the scenario; returns the next free row. */
    private static int waterfall(SheetBuilder b, int row, AttributionResult a, FocusAreaCatalog catalog,
                                 KpiStudy study) {
        Series series = Series.byId(a.seriesId());
        Unit unit = series == null ? Unit.INDEX : series.unit();
        double running = a.baselineValue();
        b.text(row, 0, "No new investment, default assumptions");
        b.number(row, 3, running, UnitFormats.of(unit));
        row++;
        for (Map.Entry<String, Double> e : a.leverEffects().entrySet()) {
            int index = catalog.indexOf(e.getKey());
            boolean funded = study == null ? e.getValue() != 0 : study.sensitivity().bars().stream()
                    .anyMatch(bar -> bar.key().equals(e.getKey()));
            if (index < 0 || !funded) {
                continue;
            }
            running += e.getValue();
            part(b, row, catalog.areas().get(index).name(), e.getKey(), e.getValue(), running, unit);
            String note = study == null ? "" : study.shareNote(e.getKey());
            b.text(row, 4, note, Role.WRAP);
            if (note.length() > NOTE_WIDTH) {
                b.sheet().getRow(row).setHeightInPoints(15f * (int) Math.ceil(note.length() / (NOTE_WIDTH * 1.15)));
            }
            row++;
        }
        running += a.assumptionsEffect();
        part(b, row, "Changed assumptions", "", a.assumptionsEffect(), running, unit);
        b.text(row, 4, "");
        row++;
        b.text(row, 0, "Scenario", Role.LABEL);
        b.text(row, 1, "");
        b.number(row, 2, a.totalChange(), UnitFormats.change(unit));
        b.number(row, 3, a.scenarioValue(), UnitFormats.of(unit));
        b.text(row, 4, "");
        return row + 1;
    }

    private static void part(SheetBuilder b, int row, String name, String id, double effect, double running,
                             Unit unit) {
        b.text(row, 0, name);
        b.text(row, 1, id);
        b.number(row, 2, effect, UnitFormats.change(unit));
        b.number(row, 3, running, UnitFormats.of(unit));
    }
}
