package org.reeplanner.model;

import java.util.Locale;

/** Demand growth outlooks: IEA STEPS (low), IEA APS (base), McKinsey (high). */
public enum DemandCase {
    LOW("Low"),
    BASE("Base"),
    HIGH("High");

    private final String label;

    DemandCase(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** Reads "low", "Base", "HIGH" alike; throws on anything else. */
    public static DemandCase parse(String text) {
        for (DemandCase c : values()) {
            if (c.name().equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown demand case '" + text + "'");
    }
}
