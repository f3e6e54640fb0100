package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.KpiStudies;
import org.reeplanner.io.report.KpiStudy;
import org.reeplanner.io.report.Sensitivity;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.Tornado;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * The Sensitivity sheet: a tornado study in the target year of the KPI that moved most (the sheet says which and
 * why), one row per input (parameters over their low–high range, levers ±50%), widest swing first, its chart of
 * the inputs that move it, and below the same study for every other headline KPI. An input that leaves a KPI
 * unmoved says so in the Note column rather than drawing a zero bar.
 */
final class SensitivitySheet {
    static final String[] HEADER = {"Rank", "Kind", "Input key", "Input", "Input unit", "Input low", "Input high",
        "Change at low", "Change at high", "Swing", "Note"};
    static final int NOTE_COL = 10;
    /** How many of the widest bars the tornado chart shows. */
    static final int CHART_BARS = 12;
    private static final int CHART_ROWS = 22;
    private static final int NOTE_WIDTH = 27;

    private SensitivitySheet() {
    }

    /** Writes the focus KPI's table and chart, then every other KPI's; returns the last row written. */
    static int write(SheetBuilder b, Sensitivity focus, KpiStudies studies) {
        String why = studies == null ? "" : studies.focusReason() + " ";
        b.heading("Sensitivity: " + focus.series().label() + " in " + focus.year(), why + String.format(Locale.ROOT,
                "One input at a time: each parameter from its low to its high value, each lever's money ±%.0f%%, "
                        + "all else at base (%s). Series %s. Widest swing first; the other KPIs follow below the "
                        + "chart.", 100 * Tornado.LEVER_SPREAD, base(focus), focus.series().id()));
        header(b, HEADER_ROW);
        KpiStudy study = studies == null ? null : studies.focus();
        int row = rows(b, HEADER_ROW + 1, focus, study, true);
        int moving = moving(focus.bars());
        if (focus.bars().isEmpty()) {
            b.text(row++, 0, "(no inputs vary)", Role.NOTE);
        } else {
            b.table("SensitivityTable", HEADER_ROW, row - 1, HEADER.length - 1);
        }
        row++;
        if (moving > 0) {
            chart(b, focus, row, Math.min(moving, CHART_BARS));
            row += CHART_ROWS + 2;
        } else if (!focus.bars().isEmpty()) {
            b.text(row, 0, "No input moves " + focus.series().label() + " in " + focus.year() + ": no chart.",
                    Role.NOTE);
            row += 2;
        }
        if (studies != null) {
            for (KpiStudy other : studies.studies()) {
                if (!other.kpi().id().equals(studies.focusId())) {
                    row = other(b, row, other) + 2;
                }
            }
        }
        b.widths(5, 8, 16, 26, 8, 9, 9, 11, 11, 10, NOTE_WIDTH);
        b.freeze(0, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
        return row - 1;
    }

    /** Another KPI's study: the inputs that move it, the funded levers that do not, a count of the rest. */
    private static int other(SheetBuilder b, int row, KpiStudy study) {
        Sensitivity s = study.sensitivity();
        b.text(row++, 0, s.series().label() + " in " + s.year() + " (" + s.series().id() + "; at base "
                + base(s) + ")", Role.SUBTITLE);
        header(b, row++);
        row = rows(b, row, s, study, false);
        long still = s.bars().stream().filter(bar -> bar.kind() == TornadoBar.Kind.PARAMETER
                && study.negligible(bar.swing())).count();
        if (still > 0) {
            b.text(row++, 3, still + (still == 1 ? " other parameter has" : " other parameters have")
                    + " no effect on " + s.series().label() + " in " + s.year() + ".", Role.NOTE);
        }
        return row;
    }

    /**
     * One row per bar: every bar when {@code all}, else the bars that move the output and the levers that do not.
     * Returns the next free row.
     */
    private static int rows(SheetBuilder b, int row, Sensitivity s, KpiStudy study, boolean all) {
        Unit unit = s.series().unit();
        String change = UnitFormats.change(unit);
        String swing = unit == Unit.FRACTION ? "0.00%" : UnitFormats.of(unit);
        List<TornadoBar> bars = s.bars();
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar bar = bars.get(i);
            boolean still = study == null ? bar.swing() == 0 : study.negligible(bar.swing());
            boolean lever = bar.kind() == TornadoBar.Kind.LEVER;
            if (!all && still && !lever) {
                continue;
            }
            String in = lever ? "0.00" : UnitFormats.plainParameter(bar.unit());
            b.number(row, 0, i + 1, "0");
            b.text(row, 1, lever ? "Lever" : "Parameter");
            b.text(row, 2, bar.key());
            b.text(row, 3, bar.label());
            b.text(row, 4, bar.unit().symbol());
            b.number(row, 5, bar.inputLow(), in);
            b.number(row, 6, bar.inputHigh(), in);
            b.number(row, 7, bar.outputLow() - bar.outputBase(), change);
            b.number(row, 8, bar.outputHigh() - bar.outputBase(), change);
            b.number(row, 9, bar.swing(), swing);
            String note = !still ? "" : lever && study != null ? study.leverNote(bar.key())
                    : "no effect";
            b.text(row, NOTE_COL, note, Role.WRAP);
            if (note.length() > NOTE_WIDTH) {
                b.sheet().getRow(row).setHeightInPoints(15f * (int) Math.ceil(note.length() / (NOTE_WIDTH * 1.15)));
            }
            row++;
        }
        return row;
    }

    /** The table header, two lines tall so its wrapped titles stay inside their row. */
    private static void header(SheetBuilder b, int row) {
        b.header(row, HEADER);
        b.sheet().getRow(row).setHeightInPoints(30);
    }

    private static String base(Sensitivity s) {
        return s.bars().isEmpty() ? "no inputs" : Formats.value(s.series().unit(), s.bars().get(0).outputBase());
    }

    /** How many bars, from the widest, move the output at all (the rest are zero and left out of the chart). */
    private static int moving(List<TornadoBar> bars) {
        int n = 0;
        while (n < bars.size() && bars.get(n).swing() > 1e-9 * Math.max(1, Math.abs(bars.get(n).outputBase()))) {
            n++;
        }
        return n;
    }

    private static void chart(SheetBuilder b, Sensitivity s, int top, int bars) {
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + bars;
        String unit = s.series().unit() == Unit.FRACTION ? "percentage points" : s.series().unit().symbol();
        // A new page right after the table (not after the blank row, which could fill a page alone), as wide as
        // the printed table: the chart never breaks across pages.
        b.sheet().setRowBreak(top - 2);
        XSSFChart chart = NativeCharts.create(b.sheet(), 0, top, NOTE_COL + 1, top + CHART_ROWS,
                "Tornado: " + s.series().label() + ", " + s.year() + " (the " + bars + " widest inputs)");
        TornadoChart.draw(chart, b.sheet(), new CellRangeAddress(first, last, 3, 3),
                new CellRangeAddress(first, last, 7, 7), new CellRangeAddress(first, last, 8, 8),
                "Change against base (" + unit + ")", UnitFormats.change(s.series().unit()));
    }
}
