package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;

/**
 * The Assumptions sheet: every model parameter with key, label, value, unit, low–high range, source and note. Value,
 * low and high are input cells: edited values are read back as parameter overrides.
 */
final class AssumptionsSheet {
    private static final int NOTE_WIDTH = 38;
    private static final int LABEL_WIDTH = 30;

    private AssumptionsSheet() {
    }

    static void write(SheetBuilder b, ParameterSet parameters) {
        b.heading("Assumptions: every model parameter", "Source is a fact ID of the planner's domain facts "
                + "(USGS, IEA, company reports) or 'assumption' with the reason in the note. Value, Low and High can "
                + "be edited; the planner reads them back.");
        b.header(HEADER_ROW, PARAM_HEADER);
        int row = HEADER_ROW + 1;
        for (Param p : Param.values()) {
            ParameterSpec spec = parameters.spec(p);
            String format = UnitFormats.plainParameter(p.unit());
            b.text(row, 0, p.key());
            b.text(row, 1, spec.label(), Role.WRAP);
            b.number(row, PARAM_VALUE, spec.base(), format, Role.INPUT_NUMBER);
            b.text(row, 3, p.unit().symbol());
            b.number(row, PARAM_LOW, spec.low(), format, Role.INPUT_NUMBER);
            b.number(row, PARAM_HIGH, spec.high(), format, Role.INPUT_NUMBER);
            b.text(row, 6, spec.source());
            b.text(row, 7, spec.note(), Role.WRAP);
            int lines = Math.max(1, Math.max((int) Math.ceil(spec.note().length() / (double) (NOTE_WIDTH + 8)),
                    (int) Math.ceil(spec.label().length() / (double) LABEL_WIDTH)));
            b.sheet().getRow(row).setHeightInPoints(Math.max(15, lines * 13.5f + 2));
            row++;
        }
        b.table("AssumptionTable", HEADER_ROW, row - 1, PARAM_HEADER.length - 1);
        b.widths(24, LABEL_WIDTH, 11, 12, 11, 11, 9, NOTE_WIDTH);
        b.freeze(1, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
    }
}
