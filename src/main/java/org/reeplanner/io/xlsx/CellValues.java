package org.reeplanner.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.reeplanner.model.Problem;

/**
 * Reads typed values out of cells a person may have edited, collecting a {@link Problem} per bad cell with its
 * address ({@code Inputs!C5}), what was found and what is allowed. Formulas count by their cached result.
 */
final class CellValues {
    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    void error(String where, String found, String allowed) {
        problems.add(Problem.error(where, found, allowed));
    }

    void warning(String where, String found, String allowed) {
        problems.add(Problem.warning(where, found, allowed));
    }

    static String ref(Sheet sheet, int row, int col) {
        return sheet.getSheetName() + "!" + new CellReference(row, col).formatAsString();
    }

    static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** The cell's text, numbers written plainly; "" when empty. */
    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> plain(c.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** A number from {@code min} to {@code max}; NaN after an error (reported at {@code where}). */
    double number(Sheet sheet, int row, int col, double min, double max, String allowed) {
        String where = ref(sheet, row, col);
        Cell c = cell(sheet, row, col);
        Double v = numeric(c);
        if (v == null) {
            error(where, describe(c), allowed);
            return Double.NaN;
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            error(where, plain(v), allowed);
            return Double.NaN;
        }
        return v;
    }

    /** A whole number from {@code min} to {@code max}; {@code min - 1} after an error. */
    int whole(Sheet sheet, int row, int col, int min, int max) {
        String allowed = "a whole number from " + min + " to " + max;
        double v = number(sheet, row, col, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, allowed);
        if (Double.isNaN(v)) {
            return min - 1;
        }
        if (v != Math.rint(v) || v < min || v > max) {
            error(ref(sheet, row, col), plain(v), allowed);
            return min - 1;
        }
        return (int) v;
    }

    /** The numeric value of a cell, numbers typed as text included; null when it holds no number. */
    static Double numeric(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC) {
            return c.getNumericCellValue();
        }
        if (type == CellType.STRING) {
            String t = c.getStringCellValue().trim().replace(",", "");
            boolean percent = t.endsWith("%");
            if (percent) {
                t = t.substring(0, t.length() - 1).trim();
            }
            try {
                double v = Double.parseDouble(t);
                return percent ? v / 100 : v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** What a cell holds, for a problem's "found". */
    static String describe(Cell c) {
        if (c == null) {
            return "an empty cell";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> {
                String t = c.getStringCellValue();
                yield t.isBlank() ? "an empty cell" : "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
                        + "\"";
            }
            case NUMERIC -> "the number " + plain(c.getNumericCellValue());
            case BOOLEAN -> "the value " + String.valueOf(c.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> "the error " + FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> "an empty cell";
        };
    }

    static String plain(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
