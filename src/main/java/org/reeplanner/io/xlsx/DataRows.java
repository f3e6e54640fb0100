package org.reeplanner.io.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a sheet put its year-by-year rows: the header row holding the years, the year columns, the label column and
 * the row of each series key, so native charts can point at the cells.
 */
final class DataRows {
    private final XSSFSheet sheet;
    private final int headerRow;
    private final int firstYearCol;
    private final int lastYearCol;
    private final int labelCol;
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    DataRows(XSSFSheet sheet, int headerRow, int firstYearCol, int lastYearCol, int labelCol) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.firstYearCol = firstYearCol;
        this.lastYearCol = lastYearCol;
        this.labelCol = labelCol;
    }

    void put(String key, int row) {
        rows.put(key, row);
    }

    XSSFSheet sheet() {
        return sheet;
    }

    boolean has(String key) {
        return rows.containsKey(key);
    }

    int row(String key) {
        Integer r = rows.get(key);
        if (r == null) {
            throw new IllegalArgumentException("no row '" + key + "' on " + sheet.getSheetName());
        }
        return r;
    }

    /** The year labels of the header row. */
    CellRangeAddress years() {
        return new CellRangeAddress(headerRow, headerRow, firstYearCol, lastYearCol);
    }

    CellRangeAddress values(String key) {
        int r = row(key);
        return new CellRangeAddress(r, r, firstYearCol, lastYearCol);
    }

    CellReference label(String key) {
        return new CellReference(sheet.getSheetName(), row(key), labelCol, true, true);
    }
}
