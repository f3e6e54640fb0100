package org.reeplanner.io.xlsx;

import org.reeplanner.model.Unit;

/** Excel number formats that carry their unit, so a value reads right wherever it is copied. */
final class UnitFormats {
    static final String PERCENT = "0.0%";
    static final String TONNES = "#,##0\" t\"";
    static final String USD_BN = "\"USD \"0.00\" bn\"";
    static final String USD_PER_KG = "\"USD \"0.00\"/kg\"";
    static final String YEAR = "0";
    static final String PLAIN = "#,##0.00";
    static final String FRACTION_CHANGE = "+0.0%;-0.0%;0.0%";

    private UnitFormats() {
    }

    static String of(Unit unit) {
        return switch (unit) {
            case FRACTION -> PERCENT;
            case TONNES_REO, TONNES_NDFEB -> TONNES;
            case USD_BN -> USD_BN;
            case USD_PER_KG -> USD_PER_KG;
            case INDEX -> "0.000";
            case HHI -> "#,##0";
            case DAYS -> "#,##0\" days\"";
            case MULTIPLIER -> "0.00\"×\"";
            default -> "General";
        };
    }

    /**
     * The format of a change against the baseline: signed, in the unit of the values beside it (a change of a
     * fraction is a fraction, shown as a signed percentage), so that scenario − baseline = change holds cell by cell.
     */
    static String change(Unit unit) {
        if (unit == Unit.FRACTION) {
            return FRACTION_CHANGE;
        }
        String f = of(unit);
        return "+" + f + ";-" + f + ";" + f;
    }

    /** The format of a parameter shown next to a Unit column: no unit suffix, percentages kept for fractions. */
    static String plainParameter(Unit unit) {
        if (unit.isPercent()) {
            return "0.0##%";
        }
        if (unit.isTonnes()) {
            return "#,##0";
        }
        return switch (unit) {
            case USD_PER_KG -> "0.00";
            case DAYS -> "#,##0";
            case YEARS -> "0.0";
            default -> "General";
        };
    }

    /** The format of a model parameter by the unit text of {@link org.reeplanner.model.Param#unit()}. */
    static String ofParameter(Unit unit) {
        if (unit.isPercent()) {
            return "0.0##%";
        }
        if (unit.isTonnes()) {
            return TONNES;
        }
        return switch (unit) {
            case USD_PER_KG -> USD_PER_KG;
            case DAYS -> "#,##0\" days\"";
            case YEARS -> "0.0\" yr\"";
            default -> "General";
        };
    }
}
