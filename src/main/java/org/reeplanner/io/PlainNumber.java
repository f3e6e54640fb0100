package org.reeplanner.io;

import java.util.regex.Pattern;

/**
 * The one way people may type a number into the planner's inputs outside JSON (a {@code --set} value, a workbook cell
 * holding text): plain decimal notation with {@code .} as the decimal point and an optional exponent. Hex floats
 * ({@code 0x1p1}), {@code NaN}, {@code Infinity}, type suffixes ({@code 3.5d}) and commas are refused, as a comma
 * could be a decimal point ({@code 3,5} = 3.5) or a thousands separator ({@code 3,5} read as 35).
 */
public final class PlainNumber {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

    private PlainNumber() {
    }

    /** The value of {@code text} (surrounding white space ignored), or null when it is not a plain number. */
    public static Double parse(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }

    /** A hint on what to type instead of {@code text}, which {@link #parse} refused; "" when there is none. */
    public static String hint(String text) {
        String t = text.strip();
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return "use '.' as the decimal point (" + t.replace(',', '.') + "), no thousands separators";
        }
        if (t.contains(",")) {
            return "use '.' as the decimal point and no thousands separators";
        }
        if (t.toLowerCase(java.util.Locale.ROOT).contains("0x")) {
            return "write the number in plain decimals, e.g. 2 or 2.5";
        }
        return "";
    }
}
