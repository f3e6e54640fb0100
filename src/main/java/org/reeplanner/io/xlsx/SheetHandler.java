package org.reeplanner.io.xlsx;

import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/** Reads {@code <row>} and {@code <c>} elements into a grid. */
final class SheetHandler extends TextCollector {
    private final SheetGrid grid;
    private final List<String> strings;
    private final String where;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private int row = -1;
    private int col = -1;
    private String type;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inFormula;

    SheetHandler(SheetGrid grid, List<String> strings, String where) {
        this.grid = grid;
        this.strings = strings;
        this.where = where;
    }

    @Override
    void start(String local, Attributes a) throws SAXException {
        switch (local) {
            case "row" -> {
                row = a.getValue("r") == null ? row + 1 : parseIndex(a.getValue("r"), row + 1) - 1;
                col = -1;
            }
            case "c" -> {
                String r = a.getValue("r");
                col = r == null ? col + 1 : column(r, col + 1);
                type = a.getValue("t") == null ? "n" : a.getValue("t");
                hasFormula = false;
                hasValue = false;
                value.setLength(0);
                formula.setLength(0);
                text();
            }
            case "f" -> {
                hasFormula = true;
                inFormula = true;
            }
            case "v" -> {
                hasValue = true;
                inValue = true;
            }
            default -> {
            }
        }
    }

    @Override
    void chars(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inFormula && formula.length() < 200) {
            formula.append(ch, start, length);
        }
    }

    @Override
    void element(String local) throws SAXException {
        switch (local) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "c" -> cell();
            default -> {
            }
        }
    }

    private void cell() throws SAXException {
        String inline = text();
        if (row < 0 || row >= WorkbookXml.MAX_ROWS || col < 0) {
            return;
        }
        GridCell c = build(inline);
        if (c == null) {
            return;
        }
        if (grid.size() >= WorkbookXml.MAX_CELLS) {
            throw new WorkbookXml.TooLarge(where + " holds more than " + WorkbookXml.MAX_CELLS + " cells");
        }
        grid.put(row, col, c);
    }

    private GridCell build(String inline) {
        String v = value.toString();
        if (hasFormula && !hasValue) {
            // A shared formula's other cells carry no text of their own: "" then.
            return new GridCell(GridCell.Kind.UNCALCULATED, "", Double.NaN, formula.isEmpty() ? "" : "=" + formula);
        }
        return switch (type) {
            case "s" -> sharedString(v.trim());
            case "str", "d" -> GridCell.text(v);
            case "inlineStr" -> GridCell.text(WorkbookXml.unescape(inline));
            case "b" -> new GridCell(GridCell.Kind.BOOLEAN, "1".equals(v.trim()) ? "TRUE" : "FALSE", Double.NaN,
                    null);
            case "e" -> new GridCell(GridCell.Kind.ERROR, v.trim(), Double.NaN, null);
            default -> hasValue ? numberCell(v.trim()) : null;
        };
    }

    private GridCell sharedString(String index) {
        int i = parseIndex(index, -1);
        return i >= 0 && i < strings.size() ? GridCell.text(strings.get(i))
                : new GridCell(GridCell.Kind.ERROR, "a broken shared-text reference", Double.NaN, null);
    }

    private static GridCell numberCell(String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && !v.isEmpty() && !Character.isLetter(v.charAt(v.length() - 1))) {
                return GridCell.number(d);
            }
        } catch (NumberFormatException e) {
            // reported below as a damaged number
        }
        return new GridCell(GridCell.Kind.ERROR, "a damaged number '" + v + "'", Double.NaN, null);
    }

    /** The 0-based column of a reference such as {@code AB12}; {@code fallback} when it has no letters. */
    private static int column(String ref, int fallback) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : c - 1;
    }

    private static int parseIndex(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
