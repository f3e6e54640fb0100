package org.reeplanner.io.xlsx;

/**
 * One cell of a sheet as it is stored in the file: a number, text, a TRUE/FALSE value, an error (#DIV/0!), or a
 * formula whose result was never stored (the file was written without calculating it). A formula with a stored
 * result is that result.
 */
record GridCell(Kind kind, String text, double number, String formula) {

    enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, UNCALCULATED }

    static GridCell number(double v) {
        return new GridCell(Kind.NUMBER, "", v, null);
    }

    static GridCell text(String t) {
        return new GridCell(Kind.TEXT, t, Double.NaN, null);
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** Whether the cell shows nothing: no value, or text of white space only. */
    boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
