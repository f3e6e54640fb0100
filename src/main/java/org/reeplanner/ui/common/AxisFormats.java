package org.reeplanner.ui.common;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/** Tick-label converters for chart axes: years without a thousands separator and whole numbers. */
public final class AxisFormats {
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
            return Double.valueOf(text.trim());
        }
    }
}
