package org.reeplanner.io.xlsx;

import java.math.BigDecimal;
import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;

/**
 * The Inputs sheet: the scenario's settings and one row per focus area (money, timing, cost shares) in yellow input
 * cells with Excel validation, laid out so {@link ScenarioWorkbookReader} can read an edited copy back.
 */
final class InputsSheet {
    private InputsSheet() {
    }

    static void write(SheetBuilder b, Scenario s, FocusAreaCatalog catalog) {
        b.heading("Inputs: " + s.name(), "Yellow cells are inputs. Edit them, save, and open the workbook in the "
                + "planner or run it with: ree-planner run FILE.xlsx");
        b.header(HEADER_ROW, "Setting", "Value", "Allowed");
        DisruptionEvent e = s.disruption() == null ? DisruptionEvent.NONE : s.disruption();
        int r = HEADER_ROW + 1;
        setting(b, r++, NAME, "text, 1 to 200 characters").text(r - 1, 1, s.name(), Role.INPUT_TEXT);
        setting(b, r++, DESCRIPTION, "text (optional)").text(r - 1, 1, s.description(), Role.INPUT_TEXT);
        b.sheet().getRow(r - 1).setHeightInPoints(Math.max(15, 13.5f * (1 + s.description().length() / 48)));
        setting(b, r++, END_YEAR, Scenario.MIN_END_YEAR + " to " + Scenario.MAX_END_YEAR)
                .number(r - 1, 1, s.endYear(), UnitFormats.YEAR, Role.INPUT_NUMBER);
        setting(b, r++, DEMAND, "Low, Base or High").text(r - 1, 1, s.demandCase().label(), Role.INPUT_TEXT);
        setting(b, r++, EVENT_ENABLED, "Yes or No").text(r - 1, 1, e.enabled() ? YES : NO, Role.INPUT_TEXT);
        setting(b, r++, EVENT_START, "a year from " + Scenario.START_YEAR + " to the end year")
                .number(r - 1, 1, e.startYear(), UnitFormats.YEAR, Role.INPUT_NUMBER);
        setting(b, r++, EVENT_MONTHS, "1 to " + ScenarioRules.MAX_EVENT_MONTHS + " months")
                .number(r - 1, 1, e.months(), "0", Role.INPUT_NUMBER);
        setting(b, r++, EVENT_SEVERITY, "0% to 100% of China's supply to allied buyers withheld")
                .number(r - 1, 1, e.severity(), UnitFormats.PERCENT, Role.INPUT_NUMBER);
        setting(b, r++, EVENT_TARGET, "allOxide (full embargo), heavyAndMagnets, heavy or magnets")
                .text(r - 1, 1, e.target().id(), Role.INPUT_TEXT);
        setting(b, r++, EVENT_START_MONTH, "1 (January) to 12").number(r - 1, 1, e.startMonth(), "0",
                Role.INPUT_NUMBER);
        setting(b, r++, EVENT_PROFILE, "empty (the severity for the months), or the share withheld month by month, "
                + "e.g. 0.43 0.73 0.30").text(r - 1, 1, profileText(e), Role.INPUT_TEXT);
        setting(b, r, PRESET, "the shipped scenario the levers are compared with (" + String.join(", ",
                ShippedScenarios.IDS) + "), or empty: no preset recorded").text(r, 1,
                s.preset() == null ? "" : s.preset(), Role.INPUT_TEXT);
        XSSFSheet sheet = b.sheet();
        int first = HEADER_ROW + 1;
        list(sheet, first + 3, 1, "Low", "Base", "High");
        list(sheet, first + 4, 1, YES, NO);

        int header = r + 2;
        b.header(header, LEVER_HEADER);
        int row = header + 1;
        for (FocusArea area : catalog.areas()) {
            Lever l = s.lever(area.id());
            b.text(row, 0, area.id());
            b.text(row, 1, area.name());
            b.number(row, LEVER_MONEY, l.investmentUsdBn(), "0.00", Role.INPUT_NUMBER);
            b.number(row, LEVER_START, l.startYear(), UnitFormats.YEAR, Role.INPUT_NUMBER);
            b.number(row, LEVER_DURATION, l.durationYears(), "0", Role.INPUT_NUMBER);
            b.number(row, LEVER_US_SHARE, l.usShare(), UnitFormats.PERCENT, Role.INPUT_NUMBER);
            String us = "F" + (row + 1);
            b.formula(row, 6, "1-" + us, 1 - l.usShare(), UnitFormats.PERCENT);
            b.formula(row, 7, "D" + (row + 1) + "+E" + (row + 1) + "-1", l.lastSpendYear(), UnitFormats.YEAR);
            row++;
        }
        b.table("LeverTable", header, row - 1, LEVER_HEADER.length - 1);
        decimal(sheet, header + 1, row - 1, LEVER_MONEY, 0, Scenario.MAX_LEVER_USD_BN);
        decimal(sheet, header + 1, row - 1, LEVER_US_SHARE, 0, 1);
        b.text(row + 1, 0, "Investment is the total over the programme in USD bn (real 2025), spent evenly over its "
                + "duration from the start year. The Australian share is 1 − the U.S. share.", Role.NOTE);
        b.widths(22, 40, 16, 10, 14, 10, 14, 14);
        b.freeze(0, HEADER_ROW + 1);
        b.printSetup(0);
    }

    private static String profileText(DisruptionEvent e) {
        StringBuilder text = new StringBuilder();
        for (double v : e.profile()) {
            text.append(text.length() == 0 ? "" : " ").append(BigDecimal.valueOf(v).stripTrailingZeros()
                    .toPlainString());
        }
        return text.toString();
    }

    private static SheetBuilder setting(SheetBuilder b, int row, String label, String allowed) {
        b.text(row, 0, label, Role.LABEL);
        b.text(row, 2, allowed, Role.HINT);
        return b;
    }

    private static void list(XSSFSheet sheet, int row, int col, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint c = helper.createExplicitListConstraint(values);
        add(sheet, helper.createValidation(c, new CellRangeAddressList(row, row, col, col)));
    }

    private static void decimal(XSSFSheet sheet, int firstRow, int lastRow, int col, double min, double max) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint c = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                Double.toString(min), Double.toString(max));
        add(sheet, helper.createValidation(c, new CellRangeAddressList(firstRow, lastRow, col, col)));
    }

    private static void add(XSSFSheet sheet, DataValidation v) {
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
