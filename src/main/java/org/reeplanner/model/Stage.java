package org.reeplanner.model;

/** The supply-chain stages, each with the physical unit its tonnes are counted in. */
public enum Stage {
    MINING("mining", "Mining", Unit.TONNES_REO),
    SEPARATION("separation", "Separation / refining", Unit.TONNES_REO),
    MAGNETS("magnets", "Magnet making", Unit.TONNES_NDFEB);

    private final String id;
    private final String label;
    private final Unit unit;

    Stage(String id, String label, Unit unit) {
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

    public Unit unit() {
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
