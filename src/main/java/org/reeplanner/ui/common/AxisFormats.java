package org.reeplanner.ui.common;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/** Tick-label converters for chart axes: years without a thousands separator, whole numbers, tick-aware decimals. */
public final class AxisFormats {
    private static final int MAX_DECIMALS = 4;

    private AxisFormats() {
    }

    /** Years as "2025", never "2,025" (the axis default) and never a fractional year. */
    public static StringConverter<Number> year() {
        return new TickConverter(v -> String.valueOf(Math.round(v)));
    }

    /** Whole numbers such as percentages on a 0–100 axis: 40.0 → "40". */
    public static StringConverter<Number> wholeNumber() {
        return new TickConverter(v -> String.format(Locale.ROOT, "%.0f", v));
    }

    /**
     * Values with as many decimals as the tick unit needs and a thousands separator: tick 50 → "1,250",
     * tick 0.5 → "1.5", tick 0.25 → "0.75".
     */
    public static StringConverter<Number> forTick(Number tickUnit) {
        int decimals = decimalsFor(tickUnit.doubleValue());
        return new TickConverter(v -> String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(v) < 1e-9 ? 0 : v));
    }

    static int decimalsFor(double tick) {
        int decimals = 0;
        double t = Math.abs(tick);
        while (decimals < MAX_DECIMALS && t > 0 && Math.abs(t - Math.rint(t)) > 1e-9 * Math.max(1, t)) {
            t *= 10;
            decimals++;
        }
        return decimals;
    }

    private static final class TickConverter extends StringConverter<Number> {
        private final DoubleFunction<String> format;

        TickConverter(DoubleFunction<String> format) {
            this.format = format;
        }

        @Override
        public String toString(Number value) {
            return value == null ? "" : format.apply(value.doubleValue());
        }

        @Override
        public Number fromString(String text) {
            return Double.valueOf(text.replace(",", "").trim());
        }
    }
}
