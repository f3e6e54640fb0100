package org.reeplanner.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats model numbers for people: percentages, percentage-point changes, tonnes, USD billions and USD per kg,
 * with a true minus sign and an explicit plus on changes.
 */
public final class Formats {
    private static final char MINUS = '\u2212';
    private static final double KILO = 1_000;
    private static final double MEGA = 1_000_000;
    private static final int PLAIN_DECIMALS = 6;

    private Formats() {
    }

    /** A fraction as a whole percentage: 0.8639 → "86%". */
    public static String percent(double fraction) {
        return number(fraction * 100, 0) + "%";
    }

    /** A relative change as a whole percentage with its sign: 0.334 → "+33%", −0.25 → "−25%". */
    public static String percentChange(double fraction) {
        return signed(fraction * 100, 0) + "%";
    }

    /** A change of a fraction in percentage points: −0.017 → "−1.7 pp". */
    public static String pointsChange(double fractionDelta) {
        return signed(fractionDelta * 100, 1) + " pp";
    }

    /** Tonnes scaled to t, kt or Mt: 3557.9 → "3.6 kt", 930 → "930 t". */
    public static String tonnes(double tonnes) {
        return scaledTonnes(tonnes, false);
    }

    /** Tonnes of a material, scaled like {@link #tonnes}: (35550, "REO") → "35.6 kt REO". */
    public static String tonnesOf(double tonnes, String material) {
        return tonnes(tonnes) + " " + material;
    }

    /** Days with one decimal below ten, else whole: 6.46 → "6.5 days", 54.3 → "54 days". */
    public static String days(double days) {
        return number(days, Math.abs(days) < 10 ? 1 : 0) + " days";
    }

    /** A price multiplier: 2.5 → "2.5×". */
    public static String multiplier(double factor) {
        return number(factor, 1) + "\u00d7";
    }

    /** A change in tonnes scaled like {@link #tonnes}: −92.7 → "−93 t". */
    public static String tonnesChange(double tonnes) {
        return scaledTonnes(tonnes, true);
    }

    /** USD billions with one decimal: 5.5 → "$5.5 bn". */
    public static String usdBn(double usdBn) {
        return money(usdBn, 1, " bn", false);
    }

    /** A change in USD billions: 5.5 → "+$5.5 bn". */
    public static String usdBnChange(double usdBn) {
        return money(usdBn, 1, " bn", true);
    }

    /** USD per kilogram with one decimal: 24.06 → "$24.1/kg". */
    public static String usdPerKg(double usdPerKg) {
        return money(usdPerKg, 1, "/kg", false);
    }

    /** USD per kilogram in whole dollars, for prices in the hundreds and thousands: 1114.9 → "$1,115/kg". */
    public static String usdPerKgWhole(double usdPerKg) {
        return money(usdPerKg, 0, "/kg", false);
    }

    /** A change in USD per kilogram in whole dollars: 12.4 → "+$12/kg". */
    public static String usdPerKgWholeChange(double usdPerKg) {
        return money(usdPerKg, 0, "/kg", true);
    }

    /** A change in USD per kilogram: −4.7 → "−$4.7/kg". */
    public static String usdPerKgChange(double usdPerKg) {
        return money(usdPerKg, 1, "/kg", true);
    }

    /** An index between 0 and 1 with two decimals: 0.7632 → "0.76". */
    public static String index(double value) {
        return number(value, 2);
    }

    /** A change of an index with three decimals, since index moves are small: −0.0055 → "−0.005". */
    public static String indexChange(double delta) {
        return signed(delta, 3);
    }

    /** A number as typed in a field: no grouping, no trailing zeros, at most six decimals: 3.50 → "3.5". */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(PLAIN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** Milliseconds for a status line: 0.0213 → "0.02 ms", 12.3 → "12 ms". */
    public static String millis(double millis) {
        return number(millis, millis < 10 ? 2 : 0) + " ms";
    }

    private static String scaledTonnes(double tonnes, boolean signed) {
        double size = Math.abs(tonnes);
        if (size >= MEGA) {
            return format(tonnes / MEGA, 1, signed) + " Mt";
        }
        if (Math.round(size) >= KILO) {
            return format(tonnes / KILO, 1, signed) + " kt";
        }
        return format(tonnes, 0, signed) + " t";
    }

    private static String money(double value, int decimals, String suffix, boolean signed) {
        String digits = number(Math.abs(value), decimals);
        boolean zero = isZero(digits);
        String sign = zero ? "" : value < 0 ? String.valueOf(MINUS) : signed ? "+" : "";
        return sign + "$" + digits + suffix;
    }

    private static String format(double value, int decimals, boolean signed) {
        return signed ? signed(value, decimals) : number(value, decimals);
    }

    /** A number with an explicit sign, except when it rounds to zero (no "−0.0"). */
    private static String signed(double value, int decimals) {
        String digits = number(Math.abs(value), decimals);
        if (isZero(digits)) {
            return digits;
        }
        return (value < 0 ? MINUS : '+') + digits;
    }

    private static String number(double value, int decimals) {
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(value));
        return value < 0 && !isZero(digits) ? MINUS + digits : digits;
    }

    private static boolean isZero(String digits) {
        return digits.chars().noneMatch(c -> c >= '1' && c <= '9');
    }
}
