package org.reeplanner.ui.table;

import java.util.Locale;
import org.reeplanner.model.Unit;

/**
 * How the table shows a value of each unit: tonnes and HHI as whole numbers with separators, fractions as
 * percentages, money with two decimals. (The clipboard gets the plain numbers; see {@link SeriesTableViewModel}.)
 */
public final class CellFormats {
    private static final double PERCENT = 100;

    private CellFormats() {
    }

    public static String cell(double value, Unit unit) {
        if (!Double.isFinite(value)) {
            return "\u2013";
        }
        return switch (unit) {
            case TONNES_REO, TONNES_NDFEB, HHI -> format("%,.0f", value);
            case FRACTION -> format("%.1f", value * PERCENT) + "%";
            case INDEX -> format("%.3f", value);
            case USD_BN, USD_PER_KG -> format("%,.2f", value);
            case DAYS -> format("%,.1f", value);
            case MULTIPLIER -> format("%.2f", value) + "\u00d7";
            default -> format("%.4g", value);
        };
    }

    /** The unit as the table's Unit column shows it: fractions are shown as percent. */
    public static String unitLabel(Unit unit) {
        return unit == Unit.FRACTION ? "%" : unit.symbol();
    }

    private static String format(String pattern, double value) {
        String s = String.format(Locale.ROOT, pattern, value);
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }
}
