package org.reeplanner.model;

/** The units output series are reported in. */
public enum Unit {
    TONNES_REO("t REO"),
    TONNES_NDFEB("t NdFeB"),
    FRACTION("fraction"),
    HHI("HHI (0–10,000)"),
    INDEX("index (0–1)"),
    USD_BN("USD bn"),
    USD_PER_KG("USD/kg"),
    DAYS("days"),
    MULTIPLIER("×");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
