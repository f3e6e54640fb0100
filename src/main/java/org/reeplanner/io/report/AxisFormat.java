package org.reeplanner.io.report;

import org.reeplanner.model.Unit;

/** How a chart axis shows its values: the tick text for pictures and the number format for native Excel charts. */
public enum AxisFormat {
    PERCENT("0%", "0.0%"),
    THOUSAND_TONNES("#,##0,", "#,##0"),
    TONNES("#,##0", "#,##0"),
    USD_BN("0.0", "0.00"),
    USD_PER_KG("0", "0.0"),
    /** An index from 0 to 1 (supply risk), on its own axis rather than a percentage one. */
    INDEX("0.0", "0.000"),
    NUMBER("General", "General");

    private final String excelFormat;
    private final String cellFormat;

    AxisFormat(String excelFormat, String cellFormat) {
        this.excelFormat = excelFormat;
        this.cellFormat = cellFormat;
    }

    /** The Excel number format of this axis (values stay in model units: fractions, tonnes, USD bn). */
    public String excelFormat() {
        return excelFormat;
    }

    /** The Excel number format of a data cell plotted on this axis: one more digit than the ticks, in full units. */
    public String cellFormat() {
        return cellFormat;
    }

    /** The tick label of {@code v} (in model units) when ticks are {@code step} apart. */
    public String tick(double v, double step) {
        return switch (this) {
            case PERCENT -> Formats.fixed(v * 100, Math.min(1, Formats.tickDecimals(step * 100))) + "%";
            case THOUSAND_TONNES -> Formats.tick(v / 1000, step / 1000);
            case USD_BN, INDEX, TONNES, USD_PER_KG, NUMBER -> Formats.tick(v, step);
        };
    }

    /** The natural axis format of a model unit. */
    public static AxisFormat of(Unit unit) {
        return switch (unit) {
            case FRACTION -> PERCENT;
            case TONNES_REO, TONNES_NDFEB -> THOUSAND_TONNES;
            case USD_BN -> USD_BN;
            case USD_PER_KG -> USD_PER_KG;
            default -> NUMBER;
        };
    }
}
