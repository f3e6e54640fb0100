package org.reeplanner.ui.table;

import org.reeplanner.io.report.Formats;
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
            case TONNES_REO, TONNES_NDFEB, HHI -> Formats.fixed(value, 0);
            case FRACTION -> Formats.fixed(value * PERCENT, 1) + "%";
            case INDEX -> Formats.fixed(value, 3);
            case USD_BN, USD_PER_KG -> Formats.fixed(value, 2);
            case DAYS -> Formats.fixed(value, 1);
            case MULTIPLIER -> Formats.fixed(value, 2) + "\u00d7";
            default -> Formats.significant(value, 4);
        };
    }

    /** The unit as the table's Unit column shows it: fractions are shown as percent. */
    public static String unitLabel(Unit unit) {
        return unit == Unit.FRACTION ? "%" : unit.symbol();
    }
}
