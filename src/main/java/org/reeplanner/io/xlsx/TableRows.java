package org.reeplanner.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The entry rows of a table under its header (a key in column A), walked the way people edit tables: a blank row
 * inserted among the entries, or a row whose key was cleared, is skipped with a warning naming the row, never taken
 * as the end of the table. The table ends at the sheet's last row, or at the first row with text in column A that is
 * no key and nothing in the value columns (the note under the lever table).
 */
final class TableRows {
    private TableRows() {
    }

    /**
     * @param isKey      whether column A's text names an entry (a known focus area, say)
     * @param valueFrom  the first value column, whose emptiness (up to {@code valueTo}) marks a row as not an entry
     * @param what       the table, for warnings ("lever table")
     * @param keyName    what column A holds, for warnings ("focus area ID")
     */
    static List<Integer> entries(SheetGrid sheet, int header, int maxRows, Predicate<String> isKey, int valueFrom,
                                 int valueTo, String what, String keyName, CellValues cells) {
        List<Integer> entries = new ArrayList<>();
        List<Integer> blanks = new ArrayList<>();
        int last = Math.min(sheet.lastRow(), header + maxRows);
        for (int r = header + 1; r <= last; r++) {
            String key = CellValues.text(sheet.cell(r, 0)).strip();
            boolean valuesBlank = sheet.blank(r, valueFrom, valueTo);
            if (!key.isEmpty()) {
                if (!isKey.test(key) && valuesBlank) {
                    break;
                }
                for (int b : blanks) {
                    cells.warning(sheet.name() + " row " + (b + 1), "a blank row inside the " + what, "no blank rows "
                            + "between entries (this one is skipped; the rows below it are read)");
                }
                blanks.clear();
                entries.add(r);
            } else if (sheet.blank(r, 0, valueTo + 3)) {
                blanks.add(r);
            } else {
                cells.warning(sheet.ref(r, 0), "an empty " + keyName + " in row " + (r + 1) + " of the " + what
                        + ", which holds other cells", "a " + keyName + " in column A, or delete the row (this row is "
                        + "skipped: its values are not used)");
            }
        }
        return entries;
    }
}
