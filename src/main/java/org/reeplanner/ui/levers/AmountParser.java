package org.reeplanner.ui.levers;

import java.util.regex.Pattern;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

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
        String max0 = Formats.plain(max);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Result.refused(Messages.format("lever.amount.empty", max0));
        }
        if (t.contains(",")) {
            return Result.refused(Messages.get("lever.amount.comma"));
        }
        if (NEGATIVE.matcher(t).matches()) {
            return Result.refused(Messages.format("lever.amount.negative", max0));
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Result.refused(Messages.format("lever.amount.notANumber", shorten(t), max0));
        }
        double value = Double.parseDouble(t);
        if (value > max) {
            return Result.refused(Messages.format("lever.amount.tooLarge", max0));
        }
        return Result.ok(value);
    }

    private static String shorten(String t) {
        return t.length() <= 12 ? t : t.substring(0, 11) + "\u2026";
    }
}
