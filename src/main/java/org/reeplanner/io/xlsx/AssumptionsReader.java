package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import java.util.EnumMap;
import java.util.Map;
import org.reeplanner.model.Param;
import org.reeplanner.model.Unit;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;

/**
 * Reads the Assumptions sheet's Value, Low and High columns and returns the parameters a person changed. A value must
 * lie within its row's low–high range (widen the range to test a value outside it), fractions stay within 0–1 and
 * tonnes, prices, days and years are not negative.
 */
final class AssumptionsReader {
    private static final double TOLERANCE = 1e-12;

    private final SheetGrid sheet;
    private final ParameterSet model;
    private final CellValues cells;

    AssumptionsReader(SheetGrid sheet, ParameterSet model, CellValues cells) {
        this.sheet = sheet;
        this.model = model;
        this.cells = cells;
    }

    Map<Param, ParameterSpec> read() {
        Map<Param, ParameterSpec> overrides = new EnumMap<>(Param.class);
        int header = headerRow();
        if (header < 0) {
            cells.warning(ASSUMPTIONS + "!A:A", "no header '" + PARAM_KEY + "'", "the layout of an exported workbook;"
                    + " the model's own parameters are used");
            return overrides;
        }
        for (int r : TableRows.entries(sheet, header, WorkbookXml.MAX_ROWS, key -> true, PARAM_VALUE, PARAM_HIGH,
                "Assumptions table", "parameter key", cells)) {
            String key = CellValues.text(sheet.cell(r, 0)).strip();
            Param p;
            try {
                p = Param.fromKey(key);
            } catch (IllegalArgumentException e) {
                cells.warning(sheet.ref(r, 0), "an unknown parameter '" + key + "' (ignored)",
                        "a parameter key of the model");
                continue;
            }
            ParameterSpec spec = read(r, p);
            if (spec != null && differs(spec, model.spec(p))) {
                overrides.put(p, spec);
            }
        }
        return overrides;
    }

    private ParameterSpec read(int r, Param p) {
        double[] bounds = bounds(p.unit());
        String range = "a number from " + CellValues.plain(bounds[0]) + " to " + CellValues.plain(bounds[1]);
        if (bounds[1] == Double.MAX_VALUE) {
            range = bounds[0] == 0 ? "a number of zero or more (" + p.unit().symbol() + ")" : "a finite number (" + p.unit().symbol()
                    + ")";
        }
        double low = read(r, PARAM_LOW, p, bounds[0], bounds[1], range);
        double high = read(r, PARAM_HIGH, p, bounds[0], bounds[1], range);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return null;
        }
        if (low > high) {
            cells.error(sheet.ref(r, PARAM_LOW), CellValues.plain(low) + " (above the high "
                    + CellValues.plain(high) + ")", "a low value no greater than the high value");
            return null;
        }
        double value = read(r, PARAM_VALUE, p, low, high, "a number from the row's low "
                + CellValues.plain(low) + " to its high " + CellValues.plain(high) + " (" + p.unit().symbol()
                + "); widen Low/High to test a value outside the range");
        if (Double.isNaN(value)) {
            return null;
        }
        ParameterSpec shipped = model.spec(p);
        return new ParameterSpec(p, shipped.label(), value, low, high, shipped.source(), shipped.note());
    }

    /** Fractions may be typed as percentages ({@code 74%}); other units only as plain numbers. */
    private double read(int r, int col, Param p, double min, double max, String allowed) {
        return p.unit() == Unit.FRACTION || p.unit() == Unit.PER_DOUBLING ? cells.fraction(sheet, r, col, min, max, allowed)
                : cells.number(sheet, r, col, min, max, allowed);
    }

    private int headerRow() {
        for (int r = 0; r <= Math.min(sheet.lastRow(), 50); r++) {
            if (PARAM_KEY.equals(CellValues.text(sheet.cell(r, 0)).trim())) {
                return r;
            }
        }
        return -1;
    }

    /** The physically possible range of a parameter by its unit. */
    private static double[] bounds(Unit unit) {
        return switch (unit) {
            case FRACTION, PER_DOUBLING -> new double[] {0, 1};
            case PER_YEAR -> new double[] {-Double.MAX_VALUE, Double.MAX_VALUE};
            default -> new double[] {0, Double.MAX_VALUE};
        };
    }

    private static boolean differs(ParameterSpec a, ParameterSpec b) {
        return Math.abs(a.base() - b.base()) > TOLERANCE * Math.max(1, Math.abs(b.base()))
                || Math.abs(a.low() - b.low()) > TOLERANCE * Math.max(1, Math.abs(b.low()))
                || Math.abs(a.high() - b.high()) > TOLERANCE * Math.max(1, Math.abs(b.high()));
    }
}
