package org.reeplanner.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.reeplanner.model.Unit;

/**
 * How many decimals a value in each unit can meaningfully show in a data file: a tenth of a tonne, a cent per kilo,
 * a tenth of a million dollars, six decimals of a fraction. Rounding to this removes binary float noise such as
 * {@code 315861.81120000005} without losing anything the model can claim to know.
 */
public final class UnitDecimals {
    private UnitDecimals() {
    }

    /** Decimals kept for {@code unit}. */
    public static int of(Unit unit) {
        return switch (unit) {
            case TONNES_REO, TONNES_NDFEB, TONNES_REO_PER_YEAR, TONNES_NDFEB_PER_YEAR, HHI, DAYS -> 1;
            case USD_PER_KG, YEARS -> 2;
            case USD_BN, MULTIPLIER, FACTOR, REO_PER_NDFEB -> 4;
            case FRACTION, INDEX, PER_DOUBLING, PER_YEAR, DIMENSIONLESS, WEIGHT, USD_PER_USD -> 6;
        };
    }

    /**
     * {@code v} rounded half-up to the unit's decimals in plain notation with '.' as decimal point, without trailing
     * zeros and never "-0": {@code 315861.8}, {@code 0.8123}, {@code 12}.
     */
    public static String text(Unit unit, double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(of(unit), RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
