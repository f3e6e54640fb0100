package org.reeplanner.io.xlsx;

import java.util.Arrays;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.reeplanner.io.report.XmlText;

/**
 * Writes cells into one sheet with the workbook's shared styles. Every text goes in with {@code setCellValue(String)}
 * and text a spreadsheet could take for a formula ({@code = + - @}) is quote-prefixed, so it is shown, never run.
 */
final class SheetBuilder {
    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private boolean hasNote;

    SheetBuilder(XSSFSheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        XSSFCell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    XSSFCell text(int row, int col, String value, XlsxStyles.Role role) {
        String v = XmlText.clean(value);
        XSSFCell c = cell(row, col);
        c.setCellValue(v);
        c.setCellStyle(styles.style(role, null, looksLikeFormula(v)));
        return c;
    }

    XSSFCell text(int row, int col, String value) {
        return text(row, col, value, XlsxStyles.Role.TEXT);
    }

    XSSFCell number(int row, int col, double value, String format) {
        return number(row, col, value, format, XlsxStyles.Role.NUMBER);
    }

    XSSFCell number(int row, int col, double value, String format, XlsxStyles.Role role) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("refusing to write " + value + " to " + sheet.getSheetName() + "!"
                    + new CellReference(row, col).formatAsString());
        }
        XSSFCell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(styles.style(role, format, false));
        return c;
    }

    /** A formula the workbook itself wrote (never user text), with its value cached for readers that do not
     * recalculate. */
    XSSFCell formula(int row, int col, String formula, double cached, String format) {
        XSSFCell c = cell(row, col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(styles.style(XlsxStyles.Role.NUMBER, format, false));
        return c;
    }

    /**
     * Year headers as numbers (so {@code MATCH(2030, …)} and charts find them), from column {@code firstCol}. Sheets
     * with year headers carry an autofilter rather than an Excel table, whose headers Excel insists are text.
     */
    void yearHeader(int row, int firstCol, int[] years) {
        for (int i = 0; i < years.length; i++) {
            XSSFCell c = cell(row, firstCol + i);
            c.setCellValue(years[i]);
            c.setCellStyle(styles.style(XlsxStyles.Role.HEADER, UnitFormats.YEAR, false));
        }
    }

    /** An autofilter over rows {@code firstRow..lastRow} (header first) and columns {@code 0..lastCol}. */
    void filter(int firstRow, int lastRow, int lastCol) {
        sheet.setAutoFilter(new CellRangeAddress(firstRow, lastRow, 0, lastCol));
    }

    /** A header row of texts starting at column 0. */
    void header(int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], XlsxStyles.Role.HEADER);
        }
    }

    /** Title and subtitle lines at the top of a sheet. */
    void heading(String title, String subtitle) {
        text(0, 0, title, XlsxStyles.Role.TITLE);
        sheet.getRow(0).setHeightInPoints(22);
        text(1, 0, subtitle, XlsxStyles.Role.NOTE);
        hasNote = true;
    }

    /** Column widths in characters, from column 0. */
    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256 + 200);
        }
    }

    /**
     * Makes rows {@code firstRow..lastRow} and columns {@code 0..lastCol} an Excel table with a header row, banded
     * rows and an autofilter. Header cells must already hold unique texts.
     */
    XSSFTable table(String name, int firstRow, int lastRow, int lastCol) {
        AreaReference area = new AreaReference(new CellReference(firstRow, 0), new CellReference(lastRow, lastCol),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTableStyleInfo info = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
                : table.getCTTable().addNewTableStyleInfo();
        info.setName("TableStyleLight9");
        info.setShowRowStripes(true);
        info.setShowColumnStripes(false);
        info.setShowFirstColumn(false);
        info.setShowLastColumn(false);
        if (!table.getCTTable().isSetAutoFilter()) {
            table.getCTTable().addNewAutoFilter();
        }
        table.getCTTable().getAutoFilter().setRef(area.formatAsString());
        return table;
    }

    /**
     * Lays out a table of label columns ({@code labelWidths}, in characters) followed by year-wide columns up to
     * {@code lastCol}: labels and header frozen, printed in blocks of years up to {@code lastYearCol} with the label
     * columns repeated.
     */
    void yearTable(int headerRow, int lastCol, int lastYearCol, int... labelWidths) {
        int firstYearCol = labelWidths.length;
        int[] all = Arrays.copyOf(labelWidths, lastCol + 1);
        Arrays.fill(all, firstYearCol, lastCol + 1, ProjectionsSheet.YEAR_WIDTH);
        widths(all);
        freeze(firstYearCol, headerRow + 1);
        printYearBlocks(headerRow + 1, firstYearCol, lastYearCol);
    }

    /** Freezes the rows above {@code rows} and the columns left of {@code cols}. */
    void freeze(int cols, int rows) {
        sheet.createFreezePane(cols, rows);
    }

    /**
     * Landscape, A4, as many pages tall as needed but one page wide, with the header row ({@code headerRow}, counted
     * from 1) repeated and the note
     * under the title wrapped to the printed width (a long line would widen the print range and shrink the type).
     */
    void printSetup(int headerRow) {
        PrintLayout.fit(sheet, 1, headerRow);
        wrapNote();
    }

    /**
     * Like {@link #printSetup} for a sheet with a column per year, too wide for one page at a readable size: the
     * columns left of {@code firstYearCol} repeat on every page and the years are split into blocks of at most
     * {@link PrintLayout#YEARS_PER_PAGE}, one block per page width.
     */
    void printYearBlocks(int headerRow, int firstYearCol, int lastYearCol) {
        int blocks = PrintLayout.yearBlocks(sheet, firstYearCol, lastYearCol);
        PrintLayout.fit(sheet, blocks, headerRow);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, firstYearCol - 1));
        wrapNote();
    }

    private void wrapNote() {
        if (hasNote) {
            PrintLayout.wrapNote(this, XlsxStyles.Role.NOTE_WRAP);
        }
    }

    static boolean looksLikeFormula(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    }
}
