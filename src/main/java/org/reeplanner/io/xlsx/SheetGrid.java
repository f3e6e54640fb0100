package org.reeplanner.io.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** The cells of one sheet (0-based rows and columns), read from its XML without the rest of the workbook. */
final class SheetGrid {
    private final String name;
    private final Map<Long, GridCell> cells = new HashMap<>();
    private int lastRow = -1;

    SheetGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The last row holding a cell; -1 for an empty sheet. */
    int lastRow() {
        return lastRow;
    }

    int size() {
        return cells.size();
    }

    void put(int row, int col, GridCell cell) {
        cells.put(key(row, col), cell);
        lastRow = Math.max(lastRow, row);
    }

    /** The cell at {@code row}, {@code col}, or null when it holds nothing. */
    GridCell cell(int row, int col) {
        return cells.get(key(row, col));
    }

    /** The address of a cell for messages, e.g. {@code Inputs!C15}. */
    String ref(int row, int col) {
        return name + "!" + new CellReference(row, col).formatAsString();
    }

    /** Whether columns {@code from} to {@code to} of {@code row} hold nothing. */
    boolean blank(int row, int from, int to) {
        for (int c = from; c <= to; c++) {
            GridCell cell = cell(row, c);
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
