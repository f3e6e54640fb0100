package org.reeplanner.ui.charts;

import java.util.Locale;
import java.util.function.DoubleFunction;
import org.reeplanner.model.Unit;
import org.reeplanner.ui.common.Formats;
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
                    v -> signed(v, Math.abs(v) < 10 ? 1 : 0) + " " + Messages.get("unit.days"));
            case INDEX -> new UnitScale(1, Messages.get("unit.index"), Formats::index, Formats::indexChange);
            case HHI -> new UnitScale(1, Messages.get("unit.hhi"), v -> number(v, 0), v -> signed(v, 0));
            case MULTIPLIER -> new UnitScale(1, Messages.get("unit.multiplier"), Formats::multiplier,
                    v -> signed(v, 2) + "\u00d7");
            default -> new UnitScale(1, unit.symbol(), v -> number(v, 2), v -> signed(v, 2));
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
            return number(modelValue * PERCENT, 1) + "%";
        }
        if (axisLabel.startsWith("index")) {
            return number(modelValue, 3);
        }
        return text(modelValue);
    }

    /** A change of the model's value written for people, e.g. "−1.7 pp". */
    public String changeText(double modelDelta) {
        return change.apply(modelDelta);
    }

    private static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(v));
        return v < 0 && s.chars().anyMatch(c -> c >= '1' && c <= '9') ? "\u2212" + s : s;
    }

    private static String signed(double v, int decimals) {
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(v));
        if (digits.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return digits;
        }
        return (v < 0 ? "\u2212" : "+") + digits;
    }
}
