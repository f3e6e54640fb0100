package org.reeplanner.cli;

import java.util.Locale;
import org.reeplanner.model.Unit;

/** Formats values and changes for people reading a terminal: percentages for fractions, grouped tonnes, units. */
final class HumanFormat {
    private HumanFormat() {
    }

    static String value(Unit unit, double v) {
        return switch (unit) {
            case FRACTION -> fmt("%.1f%%", 100 * v);
            case TONNES_REO, TONNES_NDFEB -> fmt("%,.0f ", v) + unit.symbol();
            case USD_BN -> fmt("USD %.2f bn", v);
            case USD_PER_KG -> fmt("USD %.2f/kg", v);
            case INDEX -> fmt("%.3f", v);
            case HHI -> fmt("%,.0f", v);
            case DAYS -> fmt("%.0f days", v);
            case MULTIPLIER -> fmt("%.2fx", v);
            default -> fmt("%.4g ", v) + unit.symbol();
        };
    }

    /** A signed change, e.g. {@code -1.7 pp} or {@code +0.25 USD bn}; {@code no change} when there is none. */
    static String change(Unit unit, double c) {
        if (Math.abs(c) < 1e-12) {
            return "no change";
        }
        String sign = c > 0 ? "+" : "-";
        double a = Math.abs(c);
        return sign + switch (unit) {
            case FRACTION -> fmt("%.1f pp", 100 * a);
            case TONNES_REO, TONNES_NDFEB -> fmt("%,.0f ", a) + unit.symbol();
            case USD_BN -> fmt("%.2f USD bn", a);
            case USD_PER_KG -> fmt("%.2f USD/kg", a);
            case INDEX -> fmt("%.3f", a);
            case HHI -> fmt("%,.0f", a);
            case DAYS -> fmt("%.0f days", a);
            case MULTIPLIER -> fmt("%.2fx", a);
            default -> fmt("%.4g ", a) + unit.symbol();
        };
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
