package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.reeplanner.io.report.Sensitivity;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.Tornado;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * The Sensitivity sheet: a tornado study of one series in the target year, one row per input (parameters over
 * their low–high range, levers ±50%), widest swing first.
 */
final class SensitivitySheet {
    static final String[] HEADER = {"Rank", "Kind", "Input key", "Input", "Input unit", "Input low", "Input high",
        "Output at low", "Output at high", "Output at base", "Swing", "Change at low", "Change at high"};
    /** How many of the widest bars the tornado chart shows. */
    static final int CHART_BARS = 12;

    private SensitivitySheet() {
    }

    private static void chart(SheetBuilder b, Sensitivity s, int bars) {
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + bars;
        String unit = s.series().unit() == Unit.FRACTION ? "percentage points" : s.series().unit().symbol();
        XSSFChart chart = NativeCharts.create(b.sheet(), HEADER.length + 1, HEADER_ROW, HEADER.length + 11,
                HEADER_ROW + 30, "Tornado: " + s.series().label() + ", " + s.year());
        TornadoChart.draw(chart, b.sheet(), new CellRangeAddress(first, last, 3, 3),
                new CellRangeAddress(first, last, 11, 11), new CellRangeAddress(first, last, 12, 12),
                "Change against base (" + unit + ")");
    }

    /** Writes the table; returns the last row written. */
    static int write(SheetBuilder b, Sensitivity s) {
        b.heading("Sensitivity: " + s.series().label() + " in " + s.year(), String.format(Locale.ROOT,
                "One input at a time: each parameter from its low to its high value, each lever's money ±%.0f%%, "
                        + "all else at base. Series %s. Widest swing first.", 100 * Tornado.LEVER_SPREAD,
                s.series().id()));
        b.header(HEADER_ROW, HEADER);
        String out = UnitFormats.of(s.series().unit());
        String swing = s.series().unit() == Unit.FRACTION ? "0.00%" : out;
        List<TornadoBar> bars = s.bars();
        int row = HEADER_ROW + 1;
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar bar = bars.get(i);
            String in = bar.kind() == TornadoBar.Kind.LEVER ? "0.00" : UnitFormats.ofParameter(bar.unit());
            b.number(row, 0, i + 1, "0");
            b.text(row, 1, bar.kind() == TornadoBar.Kind.LEVER ? "Lever" : "Parameter");
            b.text(row, 2, bar.key());
            b.text(row, 3, bar.label());
            b.text(row, 4, bar.unit().symbol());
            b.number(row, 5, bar.inputLow(), in);
            b.number(row, 6, bar.inputHigh(), in);
            b.number(row, 7, bar.outputLow(), out);
            b.number(row, 8, bar.outputHigh(), out);
            b.number(row, 9, bar.outputBase(), out);
            b.number(row, 10, bar.swing(), swing);
            Unit unit = s.series().unit();
            b.number(row, 11, bar.outputLow() - bar.outputBase(),
                    UnitFormats.change(unit));
            b.number(row, 12, bar.outputHigh() - bar.outputBase(),
                    UnitFormats.change(unit));
            row++;
        }
        if (bars.isEmpty()) {
            b.text(row, 0, "(no inputs vary)", Role.NOTE);
            row++;
        } else {
            b.table("SensitivityTable", HEADER_ROW, row - 1, HEADER.length - 1);
            chart(b, s, Math.min(bars.size(), CHART_BARS));
        }
        b.widths(7, 11, 34, 44, 18, 13, 13, 14, 14, 14, 11, 14, 14);
        b.freeze(0, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
        return row - 1;
    }
}
