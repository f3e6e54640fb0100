package org.reeplanner.io.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.reeplanner.model.Unit;

/**
 * The one formatter for the numbers people read, in the window, on the command line, in the exports and in the
 * narrative. Compact forms for cards, charts and sentences ({@code 86%}, {@code −1.7 pp}, {@code 3.6 kt},
 * {@code USD 5.5 bn}); unit forms for tables of results ({@link #value}, {@link #change}, {@link #parameter}:
 * {@code 86.4%}, {@code USD 5.50 bn}); axis ticks ({@link #tick}). All of them write a true minus sign (U+2212), an
 * explicit plus on changes, {@code ×} for multipliers, grouping commas, and never {@code −0}.
 */
public final class Formats {
    /** The minus sign of every number shown: U+2212, not the hyphen. */
    public static final char MINUS = '\u2212';
    private static final double KILO = 1_000;
    private static final double MEGA = 1_000_000;
    private static final int PLAIN_DECIMALS = 6;
    private static final int MAX_TICK_DECIMALS = 4;

    private Formats() {
    }

    /** A fraction as a whole percentage: 0.8639 → "86%". */
    public static String percent(double fraction) {
        return fixed(fraction * 100, 0) + "%";
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
        return fixed(days, Math.abs(days) < 10 ? 1 : 0) + " days";
    }

    /** A price multiplier: 2.5 → "2.5×". */
    public static String multiplier(double factor) {
        return fixed(factor, 1) + "\u00d7";
    }

    /** A change in tonnes scaled like {@link #tonnes}: −92.7 → "−93 t". */
    public static String tonnesChange(double tonnes) {
        return scaledTonnes(tonnes, true);
    }

    /** USD billions with one decimal: 5.5 → "USD 5.5 bn". */
    public static String usdBn(double usdBn) {
        return money(usdBn, 1, " bn", false);
    }

    /** A change in USD billions: 5.5 → "+USD 5.5 bn". */
    public static String usdBnChange(double usdBn) {
        return money(usdBn, 1, " bn", true);
    }

    /** USD per kilogram with one decimal: 24.06 → "USD 24.1/kg". */
    public static String usdPerKg(double usdPerKg) {
        return money(usdPerKg, 1, "/kg", false);
    }

    /** USD per kilogram in whole dollars, for prices in the hundreds and thousands: 1114.9 → "USD 1,115/kg". */
    public static String usdPerKgWhole(double usdPerKg) {
        return money(usdPerKg, 0, "/kg", false);
    }

    /** A change in USD per kilogram in whole dollars: 12.4 → "+USD 12/kg". */
    public static String usdPerKgWholeChange(double usdPerKg) {
        return money(usdPerKg, 0, "/kg", true);
    }

    /** A change in USD per kilogram: −4.7 → "−USD 4.7/kg". */
    public static String usdPerKgChange(double usdPerKg) {
        return money(usdPerKg, 1, "/kg", true);
    }

    /** Whole US dollars with the currency spelled out: 2110560.4 → "USD 2,110,560". */
    public static String usdWhole(double usd) {
        return "USD " + fixed(usd, 0);
    }

    /** An index between 0 and 1 with two decimals: 0.7632 → "0.76". */
    public static String index(double value) {
        return fixed(value, 2);
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

    /** A number given on the command line, repeated in full: 6.0 → "6", 2.125 → "2.125". */
    public static String exact(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    /** Milliseconds for a status line: 0.0213 → "0.02 ms", 12.3 → "12 ms". */
    public static String millis(double millis) {
        return fixed(millis, millis < 10 ? 2 : 0) + " ms";
    }

    /** A value in its unit as result tables show it: "86.4%", "21,300 t REO", "USD 5.50 bn", "0.795", "2.47×". */
    public static String value(Unit unit, double v) {
        return inUnit(unit, v, false);
    }

    /** A signed change such as {@code −5.2 pp} or {@code +0.25 USD bn}; {@code no change} when there is none. */
    public static String change(Unit unit, double c) {
        if (Math.abs(c) < 1e-12) {
            return "no change";
        }
        return (c > 0 ? "+" : String.valueOf(MINUS)) + inUnit(unit, Math.abs(c), true);
    }

    /** A model parameter's value in its unit (see {@link org.reeplanner.model.Param#unit()}). */
    public static String parameter(Unit unit, double v) {
        if (unit.isTonnes()) {
            return fmt("%,.0f ", v) + unit.symbol();
        }
        return switch (unit) {
            case FRACTION -> fmt("%.1f%%", 100 * v);
            case PER_YEAR -> fmt("%.1f%%/yr", 100 * v);
            case PER_DOUBLING -> fmt("%.0f%% per doubling", 100 * v);
            case USD_PER_KG -> fmt("USD %.0f/kg", v);
            case DAYS -> fmt("%.0f days", v);
            case YEARS -> fmt("%.1f years", v);
            case DIMENSIONLESS, WEIGHT -> significant(v, 3);
            case FACTOR -> fmt("%.3g×", v);
            default -> significant(v, 3) + " " + unit.symbol();
        };
    }

    /**
     * An axis tick {@code v} with the decimals that ticks {@code step} apart need and grouping commas: step 50 →
     * "1,250", step 0.5 → "1.5", step 0.25 → "0.75".
     */
    public static String tick(double v, double step) {
        return fixed(v, tickDecimals(step));
    }

    /** The decimals that ticks {@code step} apart need (at most four): 50 → 0, 0.5 → 1, 0.25 → 2. */
    public static int tickDecimals(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            return 0;
        }
        int decimals = 0;
        double s = step;
        while (decimals < MAX_TICK_DECIMALS && Math.abs(s - Math.rint(s)) > 1e-9 * Math.max(1, s)) {
            s *= 10;
            decimals++;
        }
        return decimals;
    }

    /** A number with {@code decimals} decimals and grouping commas, a true minus, no "−0": −1234.5 → "−1,234.5". */
    public static String fixed(double value, int decimals) {
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(value));
        return value < 0 && !isZero(digits) ? MINUS + digits : digits;
    }

    /** A number to {@code digits} significant digits, for values of no fixed scale: 0.012345 at 3 → "0.0123". */
    public static String significant(double value, int digits) {
        return fmt("%." + digits + "g", value);
    }

    /** A number with an explicit sign, except when it rounds to zero (no "−0.0"): 1.25 → "+1.3" at one decimal. */
    public static String signed(double value, int decimals) {
        String digits = fixed(Math.abs(value), decimals);
        if (isZero(digits)) {
            return digits;
        }
        return (value < 0 ? MINUS : '+') + digits;
    }

    /** The unit forms as the exports have always written them: the change puts the currency after the number. */
    private static String inUnit(Unit unit, double v, boolean change) {
        return switch (unit) {
            case FRACTION -> change ? fmt("%.1f pp", 100 * v) : fmt("%.1f%%", 100 * v);
            case TONNES_REO, TONNES_NDFEB -> fmt("%,.0f ", v) + unit.symbol();
            case USD_BN -> fmt(change ? "%.2f USD bn" : "USD %.2f bn", v);
            case USD_PER_KG -> fmt(change ? "%.2f USD/kg" : "USD %.2f/kg", v);
            case INDEX -> fmt("%.3f", v);
            case HHI -> fmt("%,.0f", v);
            case DAYS -> fmt("%.0f days", v);
            case MULTIPLIER -> fmt("%.2f\u00d7", v);
            default -> significant(v, 4) + " " + unit.symbol();
        };
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
        String digits = fixed(Math.abs(value), decimals);
        boolean zero = isZero(digits);
        String sign = zero ? "" : value < 0 ? String.valueOf(MINUS) : signed ? "+" : "";
        return sign + "USD " + digits + suffix;
    }

    private static String format(double value, int decimals, boolean signed) {
        return signed ? signed(value, decimals) : fixed(value, decimals);
    }

    /** {@code String.format} without locale surprises, with a true minus and no "−0" (an exponent keeps its "-"). */
    private static String fmt(String pattern, double v) {
        String s = String.format(Locale.ROOT, pattern, v);
        int at = s.indexOf('-');
        if (at < 0 || at > 0 && Character.toLowerCase(s.charAt(at - 1)) == 'e') {
            return s;
        }
        int end = at + 1;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.' || s.charAt(end) == ',')) {
            end++;
        }
        String sign = isZero(s.substring(at + 1, end)) ? "" : String.valueOf(MINUS);
        return s.substring(0, at) + sign + s.substring(at + 1);
    }

    private static boolean isZero(String digits) {
        return digits.chars().noneMatch(c -> c >= '1' && c <= '9');
    }
}
