package org.reeplanner.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.io.PlainNumber;
import org.reeplanner.model.Problem;

/**
 * Reads typed values out of cells a person may have edited, collecting a {@link Problem} per bad cell with its
 * address ({@code Inputs!C5}), what was found and what is allowed. A number is a number cell, a formula's stored
 * result, or text in plain decimals with {@code .} ({@code 3.5}; {@code 74%} where a fraction is asked for);
 * {@code 3,5}, hex floats and formulas without a stored result are refused with what to type instead.
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

    /** The cell's text, numbers written plainly; "" when empty or not a value. */
    static String text(GridCell c) {
        if (c == null) {
            return "";
        }
        return switch (c.kind()) {
            case TEXT, BOOLEAN -> c.text();
            case NUMBER -> plain(c.number());
            default -> "";
        };
    }

    /** A number from {@code min} to {@code max}; NaN after an error (reported at the cell). */
    double number(SheetGrid sheet, int row, int col, double min, double max, String allowed) {
        return read(sheet, row, col, min, max, allowed, false);
    }

    /** Like {@link #number}, also accepting a percentage typed as text ({@code 74%} = 0.74). */
    double fraction(SheetGrid sheet, int row, int col, double min, double max, String allowed) {
        return read(sheet, row, col, min, max, allowed, true);
    }

    private double read(SheetGrid sheet, int row, int col, double min, double max, String allowed,
                        boolean percent) {
        String where = sheet.ref(row, col);
        GridCell c = sheet.cell(row, col);
        Double v = numeric(c, percent);
        if (v == null) {
            error(where, describe(c), allowed + hint(c));
            return Double.NaN;
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            error(where, plain(v), allowed);
            return Double.NaN;
        }
        return v == 0 ? 0.0 : v;
    }

    /** A whole number from {@code min} to {@code max}; {@code min - 1} after an error. */
    int whole(SheetGrid sheet, int row, int col, int min, int max) {
        String allowed = "a whole number from " + min + " to " + max;
        double v = number(sheet, row, col, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, allowed);
        if (Double.isNaN(v)) {
            return min - 1;
        }
        if (v != Math.rint(v) || v < min || v > max) {
            error(sheet.ref(row, col), plain(v), allowed);
            return min - 1;
        }
        return (int) v;
    }

    /** The numeric value of a cell, plain numbers typed as text included; null when it holds no number. */
    static Double numeric(GridCell c, boolean percent) {
        if (c == null) {
            return null;
        }
        if (c.kind() == GridCell.Kind.NUMBER) {
            return c.number();
        }
        if (c.kind() != GridCell.Kind.TEXT) {
            return null;
        }
        String t = c.text().strip();
        boolean isPercent = percent && t.endsWith("%");
        Double v = PlainNumber.parse(isPercent ? t.substring(0, t.length() - 1) : t);
        return v == null ? null : isPercent ? v / 100 : v;
    }

    /** What to type instead of what {@code c} holds, as a clause to append to "allowed"; "" when nothing helps. */
    private static String hint(GridCell c) {
        if (c == null || c.isBlank()) {
            return "";
        }
        return switch (c.kind()) {
            case UNCALCULATED -> "; type the number, or open and save the file in Excel or LibreOffice so the "
                    + "formula's result is stored";
            case TEXT -> {
                String h = PlainNumber.hint(c.text());
                yield h.isEmpty() ? "; type a plain number such as 3.5" : "; " + h;
            }
            default -> "";
        };
    }

    /** What a cell holds, for a problem's "found". */
    static String describe(GridCell c) {
        if (c == null || c.isBlank()) {
            return "an empty cell";
        }
        return switch (c.kind()) {
            case TEXT -> "the text \"" + (c.text().length() > 40 ? c.text().substring(0, 40) + "…" : c.text()) + "\"";
            case NUMBER -> "the number " + plain(c.number());
            case BOOLEAN -> "the value " + c.text();
            case ERROR -> c.text().startsWith("#") ? "the error " + c.text() : c.text();
            case UNCALCULATED -> "a formula" + (c.formula().isEmpty() ? "" : " (" + c.formula() + ")")
                    + " with no stored result";
        };
    }

    static String plain(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
