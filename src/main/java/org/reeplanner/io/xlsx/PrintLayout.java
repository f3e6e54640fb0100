package org.reeplanner.io.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.reeplanner.io.report.ReportStamp;

/**
 * How the workbook prints: landscape A4, narrow side margins, one page wide (or one page per block of years on the
 * wide sheets, with the label columns repeated), the header rows on every page, and a running header and footer
 * naming the sheet, the scenario, the model version, the date and the page.
 */
final class PrintLayout {
    /** Years per printed page width on the sheets with a column per year: six keep the type at 8 pt or more. */
    static final int YEARS_PER_PAGE = 6;
    /** Page margins in inches: narrow at the sides so tables keep their type size, room for header and footer. */
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_MARGIN = 0.7;
    static final double BOTTOM_MARGIN = 0.7;
    static final double HEADER_MARGIN = 0.3;
    /** Excel's limit for one header or footer, all three sections together. */
    private static final int MAX_HEADER_CHARS = 250;

    private PrintLayout() {
    }

    /**
     * Landscape A4, {@code pagesWide} pages wide and as many tall as needed, with row {@code headerRow} (counted from
     * 1; the table header under the title and note) repeated on every page; 0 repeats nothing.
     */
    static void fit(XSSFSheet sheet, int pagesWide, int headerRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) pagesWide);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(false);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        if (headerRow > 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf(headerRow + ":" + headerRow));
        }
    }

    /**
     * Splits the year columns {@code first..last} into blocks of at most {@link #YEARS_PER_PAGE} whose sizes differ
     * by one at most, with a page break after each but the last; returns the number of blocks.
     */
    static int yearBlocks(XSSFSheet sheet, int first, int last) {
        int years = last - first + 1;
        int blocks = Math.max(1, (years + YEARS_PER_PAGE - 1) / YEARS_PER_PAGE);
        int col = first;
        for (int block = 0; block < blocks - 1; block++) {
            col += years / blocks + (block < years % blocks ? 1 : 0);
            sheet.setColumnBreak(col - 1);
        }
        return blocks;
    }

    /** The last column printed on the first page: before the first column break, or the sheet's last column. */
    static int firstPageLastColumn(XSSFSheet sheet) {
        int[] breaks = sheet.getColumnBreaks();
        if (breaks.length > 0) {
            return breaks[0];
        }
        int last = 0;
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && r != 1) {
                last = Math.max(last, row.getLastCellNum() - 1);
            }
        }
        return last;
    }

    /**
     * Wraps the note under a sheet's title (row 2) over the columns of the first printed page, so a long note
     * neither widens the print range nor runs off the page.
     */
    static void wrapNote(SheetBuilder b, XlsxStyles.Role role) {
        XSSFSheet sheet = b.sheet();
        XSSFRow row = sheet.getRow(1);
        XSSFCell cell = row == null ? null : row.getCell(0);
        if (cell == null || cell.getStringCellValue().isEmpty()) {
            return;
        }
        int last = Math.max(1, firstPageLastColumn(sheet));
        double chars = 0;
        for (int c = 0; c <= last; c++) {
            chars += sheet.getColumnWidth(c) / 256.0;
        }
        String text = cell.getStringCellValue();
        b.text(1, 0, text, role);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        // The note's 10 pt type fits about 1.1 characters per character of column width.
        int lines = Math.max(1, (int) Math.ceil(text.length() / (chars * 1.1)));
        row.setHeightInPoints(lines * 13.5f + 2);
    }

    /**
     * The running header (sheet and scenario) and footer (product, model version, date, page of pages) of every
     * printed page ({@code &A} the sheet, {@code &P} the page, {@code &N} the pages). Ampersands in the scenario
     * name are doubled so they print rather than start a field code.
     */
    static void headerFooter(XSSFSheet sheet, String scenario, ReportStamp stamp) {
        String name = scenario.length() > MAX_HEADER_CHARS / 3 ? scenario.substring(0, MAX_HEADER_CHARS / 3 - 1)
                + "…" : scenario;
        name = name.replace("&", "&&");
        sheet.getHeader().setLeft("&B&A");
        sheet.getHeader().setRight(name);
        sheet.getFooter().setLeft(ReportStamp.PRODUCT + " · model " + stamp.versionText() + " · exported "
                + stamp.date());
        sheet.getFooter().setRight("Page &P of &N");
    }
}
