package org.reeplanner.model;

/**
 * The ways money can act on the supply chain. Focus areas (data) map their money onto these channels; the
 * engine knows what each channel does. Effects of several focus areas on one channel add up, then are capped.
 */
public enum Channel {
    /** Relative uplift of allied mine capacity over its baseline (0.4 = +40%). */
    ALLIED_MINING_CAPACITY("alliedMiningCapacity", "fraction of baseline", 3.0),
    /** Added allied separation capacity. */
    ALLIED_SEPARATION_CAPACITY("alliedSeparationCapacity", "t REO/yr", Double.MAX_VALUE),
    /** Added allied heavy rare-earth (Dy+Tb oxide) separation capacity. */
    ALLIED_HEAVY_CAPACITY("alliedHeavyCapacity", "t Dy+Tb/yr", Double.MAX_VALUE),
    /** Added allied magnet-making capacity. */
    ALLIED_MAGNET_CAPACITY("alliedMagnetCapacity", "t NdFeB/yr", Double.MAX_VALUE),
    /** Fractional cut of allied processing cost per kg. */
    PROCESSING_COST_CUT("processingCostCut", "fraction", 0.8),
    /** Percentage points added to the end-of-life recovery rate. */
    RECOVERY_RATE("recoveryRate", "fraction", 0.9),
    /** Fractional cut of allied primary demand (substitution, thrifting). */
    PRIMARY_DEMAND_CUT("primaryDemandCut", "fraction", 0.5),
    /** Fractional cut of project lead times (permitting reform); capped by a parameter too. */
    LEAD_TIME_CUT("leadTimeCut", "fraction", 0.9),
    /** Share of rest-of-world output secured by allied offtake; capped by a parameter too. */
    SECURED_ROW_SHARE("securedRowShare", "fraction", 1.0),
    /** Tonnes bought into the strategic stockpile. */
    STOCKPILE_TONNES("stockpileTonnes", "t REO", Double.MAX_VALUE),
    /** Fractional cut of the response lag before stockpile release in a disruption. */
    RESPONSE_LAG_CUT("responseLagCut", "fraction", 0.9),
    /** Allied NdPr output a year covered by a price floor and offtake; the focus area's spend is the top-up. */
    OFFTAKE_COVERAGE("offtakeCoverage", "t NdPr/yr", Double.MAX_VALUE);

    private final String id;
    private final String unit;
    private final double cap;

    Channel(String id, String unit, double cap) {
        this.id = id;
        this.unit = unit;
        this.cap = cap;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** The largest combined effect the engine accepts on this channel. */
    public double cap() {
        return cap;
    }

    public static Channel fromId(String id) {
        for (Channel c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + id + "'");
    }
}
