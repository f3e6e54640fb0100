package org.reeplanner.ui.analysis;

import java.util.function.DoubleFunction;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Unit;
import org.reeplanner.ui.common.Messages;

/**
 * How a series of a given unit is shown on a value axis and in texts: the factor from the model's unit to the axis's
 * (percent for fractions, kilotonnes for tonnes), the axis label, and formats for a value and for a change.
 */
public record UnitScale(double factor, String axisLabel, DoubleFunction<String> value,
                        DoubleFunction<String> change) {
    private static final double PERCENT = 100;
    private static final double KILO = 1e-3;

    public static UnitScale of(Unit unit) {
        return switch (unit) {
            case FRACTION -> new UnitScale(PERCENT, "%", Formats::percent, Formats::pointsChange);
            case TONNES_REO -> new UnitScale(KILO, "kt REO", v -> Formats.tonnesOf(v, "REO"),
                    v -> Formats.tonnesChange(v) + " REO");
            case TONNES_NDFEB -> new UnitScale(KILO, "kt NdFeB", v -> Formats.tonnesOf(v, "NdFeB"),
                    v -> Formats.tonnesChange(v) + " NdFeB");
            case USD_BN -> new UnitScale(1, "USD bn", Formats::usdBn, Formats::usdBnChange);
            case USD_PER_KG -> new UnitScale(1, Messages.get("unit.usdPerKg"), Formats::usdPerKg,
                    Formats::usdPerKgChange);
            case DAYS -> new UnitScale(1, Messages.get("unit.days"), Formats::days,
                    v -> Formats.signed(v, Math.abs(v) < 10 ? 1 : 0) + " " + Messages.get("unit.days"));
            case INDEX -> new UnitScale(1, Messages.get("unit.index"), Formats::index, Formats::indexChange);
            case HHI -> new UnitScale(1, Messages.get("unit.hhi"), v -> Formats.fixed(v, 0), v -> Formats.signed(v, 0));
            case MULTIPLIER -> new UnitScale(1, Messages.get("unit.multiplier"), Formats::multiplier,
                    v -> Formats.signed(v, 2) + "\u00d7");
            default -> new UnitScale(1, unit.symbol(), v -> Formats.fixed(v, 2), v -> Formats.signed(v, 2));
        };
    }

    /** The model's value written for people, e.g. "86%". */
    public String text(double modelValue) {
        return value.apply(modelValue);
    }

    /**
     * The model's value with one more decimal where the usual text would hide small differences (studies that
     * compare nearby values): "86.4%", "0.762".
     */
    public String preciseText(double modelValue) {
        if (axisLabel.equals("%")) {
            return Formats.fixed(modelValue * PERCENT, 1) + "%";
        }
        if (axisLabel.startsWith("index")) {
            return Formats.fixed(modelValue, 3);
        }
        return text(modelValue);
    }

    /** A change of the model's value written for people, e.g. "−1.7 pp". */
    public String changeText(double modelDelta) {
        return change.apply(modelDelta);
    }
}
