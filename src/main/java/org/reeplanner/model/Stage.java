package org.reeplanner.model;

/** The supply-chain stages, each with the physical unit its tonnes are counted in. */
public enum Stage {
    MINING("mining", "Mining", "t REO"),
    SEPARATION("separation", "Separation / refining", "t REO"),
    MAGNETS("magnets", "Magnet making", "t NdFeB");

    private final String id;
    private final String label;
    private final String unit;

    Stage(String id, String label, String unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Stage fromId(String id) {
        for (Stage s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + id + "'");
    }
}
