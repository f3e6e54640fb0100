package org.reeplanner.model;

/**
 * What a Chinese export restriction on allied buyers hits: all separated oxide (the full-embargo stress case), or,
 * as the 2025 controls did, heavy rare earths and the magnets that contain them (X4), or one of the two.
 */
public enum DisruptionTarget {
    ALL_OXIDE("allOxide", "All separated oxide (full embargo)", false, false, true),
    HEAVY_AND_MAGNETS("heavyAndMagnets", "Heavy rare earths and magnets", true, true, false),
    HEAVY("heavy", "Heavy rare earths (Dy, Tb) only", true, false, false),
    MAGNETS("magnets", "Magnets only", false, true, false);

    private final String id;
    private final String label;
    private final boolean heavy;
    private final boolean magnets;
    private final boolean oxide;

    DisruptionTarget(String id, String label, boolean heavy, boolean magnets, boolean oxide) {
        this.id = id;
        this.label = label;
        this.heavy = heavy;
        this.magnets = magnets;
        this.oxide = oxide;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether Dy/Tb oxides and metals are restricted. */
    public boolean hitsHeavy() {
        return heavy;
    }

    /** Whether finished magnets are restricted. */
    public boolean hitsMagnets() {
        return magnets;
    }

    /** Whether all separated oxide is restricted (the full embargo). */
    public boolean hitsAllOxide() {
        return oxide;
    }

    /** The target with this file id, or null. */
    public static DisruptionTarget fromId(String id) {
        for (DisruptionTarget t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }
}
