package org.reeplanner.ui.charts.plot;

import java.util.function.DoubleFunction;
import javafx.util.StringConverter;
import org.reeplanner.io.report.Formats;

/** Tick-label converters for chart axes: years without a thousands separator, values as {@link Formats#tick}. */
public final class AxisFormats {
    private AxisFormats() {
    }

    /** Years as "2025", never "2,025" (the axis default) and never a fractional year. */
    public static StringConverter<Number> year() {
        return new TickConverter(v -> String.valueOf(Math.round(v)));
    }

    /**
     * Values with as many decimals as the tick unit needs and a thousands separator: tick 50 → "1,250",
     * tick 0.5 → "1.5", tick 0.25 → "0.75".
     */
    public static StringConverter<Number> forTick(Number tickUnit) {
        double step = tickUnit.doubleValue();
        return new TickConverter(v -> Formats.tick(v, step));
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
            return Double.valueOf(text.replace(",", "").replace(Formats.MINUS, '-').trim());
        }
    }
}
