package org.reeplanner.ui.analysis;

import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * Writes what a tornado bar varies in plain words with its range and unit: "China separation growth 2.0%–5.0%/yr",
 * "Processing facilities $1.3–3.8 bn", "Allied separated output 2025 11–17 kt REO/yr".
 */
public final class InputRange {
    private static final String DASH = "\u2013";
    private static final double KILO = 1_000;
    private static final double PERCENT = 100;

    private InputRange() {
    }

    /** The bar's input with its low–high range. */
    public static String of(TornadoBar bar) {
        if (bar.kind() == TornadoBar.Kind.LEVER) {
            return bar.label() + " USD " + Formats.fixed(bar.inputLow(), 1) + DASH + Formats.fixed(bar.inputHigh(), 1)
                    + " bn";
        }
        return bar.label() + " " + range(bar.unit(), bar.inputLow(), bar.inputHigh());
    }

    /** A parameter's range in its unit, e.g. (PER_YEAR, 0.02, 0.05) → "2.0%–5.0%/yr". */
    static String range(Unit unit, double low, double high) {
        if (unit.isTonnes()) {
            return tonnes(unit.symbol(), low, high);
        }
        return switch (unit) {
            case PER_YEAR -> percent(low, 1) + DASH + percent(high, 1) + "/yr";
            case FRACTION -> percent(low, high) + DASH + percent(high, low);
            case PER_DOUBLING -> percent(low, high) + DASH + percent(high, low) + " per doubling";
            case USD_PER_KG -> "USD " + trimmed(low) + DASH + trimmed(high) + "/kg";
            case YEARS -> trimmed(low) + DASH + trimmed(high) + " years";
            case DAYS -> trimmed(low) + DASH + trimmed(high) + " days";
            case FACTOR -> trimmed(low) + DASH + trimmed(high) + "\u00d7";
            case USD_PER_USD -> "USD " + trimmed(low) + DASH + trimmed(high) + " per USD missing";
            case REO_PER_NDFEB -> trimmed(low) + DASH + trimmed(high) + " t REO per t NdFeB";
            default -> trimmed(low) + DASH + trimmed(high);
        };
    }

    /** Tonnes in kilotonnes when the high end is a thousand or more: 11000–17000 → "11–17 kt REO/yr". */
    private static String tonnes(String unit, double low, double high) {
        String rest = unit.substring(1);
        if (Math.abs(high) >= KILO) {
            return trimmed(low / KILO) + DASH + trimmed(high / KILO) + " kt" + rest;
        }
        return trimmed(low) + DASH + trimmed(high) + " t" + rest;
    }

    /** A fraction as percent with one decimal where either end needs it: 0.005–0.02 → "0.5%–2%". */
    private static String percent(double value, double other) {
        boolean whole = isWhole(value * PERCENT) && isWhole(other * PERCENT);
        return whole ? trimmed(value * PERCENT) + "%" : percent(value, 1);
    }

    private static String percent(double value, int decimals) {
        return Formats.fixed(value * PERCENT, decimals) + "%";
    }

    private static boolean isWhole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }

    /** Up to two decimals, no trailing zeros, thousands grouped: 74.5 → "74.5", 300 → "300", 0.28 → "0.28". */
    private static String trimmed(double v) {
        return Formats.fixed(v, 2).replaceAll("\\.?0+$", "");
    }
}
