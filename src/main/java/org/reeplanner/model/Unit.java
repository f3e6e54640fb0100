package org.reeplanner.model;

/**
 * The units of every number the model reads or writes: output series and parameters alike. The symbol is what files
 * and tables show (a parameter file's {@code unit} field must match it); formatting and the hard limits of a changed
 * assumption switch on this type, never on the text.
 */
public enum Unit {
    TONNES_REO("t REO"),
    TONNES_NDFEB("t NdFeB"),
    FRACTION("fraction"),
    HHI("HHI (0–10,000)"),
    INDEX("index (0–1)"),
    USD_BN("USD bn"),
    USD_PER_KG("USD/kg"),
    DAYS("days"),
    MULTIPLIER("×"),
    TONNES_REO_PER_YEAR("t REO/yr"),
    TONNES_NDFEB_PER_YEAR("t NdFeB/yr"),
    PER_YEAR("1/yr"),
    YEARS("yr"),
    REO_PER_NDFEB("t REO/t NdFeB"),
    PER_DOUBLING("fraction per doubling"),
    FACTOR("x"),
    DIMENSIONLESS("dimensionless"),
    WEIGHT("weight"),
    USD_PER_USD("USD per USD");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether values are tonnes (of oxide or magnet, a stock or a flow). */
    public boolean isTonnes() {
        return this == TONNES_REO || this == TONNES_NDFEB || this == TONNES_REO_PER_YEAR
                || this == TONNES_NDFEB_PER_YEAR;
    }

    /** Whether values are shares shown as per cent (fractions, growth rates, learning rates). */
    public boolean isPercent() {
        return this == FRACTION || this == PER_YEAR || this == PER_DOUBLING;
    }

    /** What a tonnage counts ("REO", "NdFeB"): the symbol without its "t "; the symbol itself for other units. */
    public String material() {
        return isTonnes() ? symbol.substring(2).replace("/yr", "") : symbol;
    }

    /** The unit with this symbol, or null. */
    public static Unit bySymbol(String symbol) {
        for (Unit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        return null;
    }
}
