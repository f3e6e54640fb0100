package org.reeplanner.ui.levers;

import java.util.regex.Pattern;
import org.reeplanner.ui.common.Formats;

/**
 * Reads an amount of USD billions typed into a lever's field. It accepts plain decimals with a dot ("3.5", ".25",
 * " 12 ") and refuses everything else with a sentence saying what to type: empty text, words, NaN, negative
 * numbers, amounts above the lever's range, and a decimal comma ("3,5" could mean 3.5 or 35).
 */
public final class AmountParser {
    private static final Pattern DECIMAL = Pattern.compile("\\+?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern NEGATIVE = Pattern.compile("[-\u2212](\\d+(\\.\\d*)?|\\.\\d+)");

    private AmountParser() {
    }

    /** An accepted amount, or the reason the text was refused. */
    public record Result(double value, String error) {

        public static Result ok(double value) {
            return new Result(value, null);
        }

        public static Result refused(String error) {
            return new Result(Double.NaN, error);
        }

        public boolean isOk() {
            return error == null;
        }
    }

    /** Parses {@code text} as USD bn from 0 to {@code max}. */
    public static Result parse(String text, double max) {
        String range = "from 0 to " + Formats.plain(max);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Result.refused("Enter an amount in USD bn, " + range + ".");
        }
        if (t.contains(",")) {
            return Result.refused("Use a dot for decimals, e.g. 3.5.");
        }
        if (NEGATIVE.matcher(t).matches()) {
            return Result.refused("The amount cannot be negative; enter " + range + ".");
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Result.refused("\u201c" + shorten(t) + "\u201d is not a number; enter USD bn " + range + ".");
        }
        double value = Double.parseDouble(t);
        if (value > max) {
            return Result.refused("At most " + Formats.plain(max) + " USD bn for this lever.");
        }
        return Result.ok(value);
    }

    private static String shorten(String t) {
        return t.length() <= 12 ? t : t.substring(0, 11) + "\u2026";
    }
}
