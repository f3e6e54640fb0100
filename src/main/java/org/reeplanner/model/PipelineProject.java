package org.reeplanner.model;

/**
 * An already-funded project outside China in the baseline, allied or rest of world: expected capacity
 * {@code probability·capacity·ramp} from its year online; {@code heavyTonnes} of it (t Dy+Tb oxide a year) is heavy
 * rare-earth separation, counted in the heavy stream.
 */
public record PipelineProject(String name, Region region, Stage stage, double capacityTonnes, double heavyTonnes,
                              int yearOnline, double probability, String source) {

    public PipelineProject {
        if (region == null || region == Region.CHINA) {
            throw new IllegalArgumentException(name + ": a pipeline project is allied or rest of world");
        }
        if (!(heavyTonnes >= 0 && Double.isFinite(heavyTonnes))) {
            throw new IllegalArgumentException(name + ": heavy capacity must be finite and >= 0");
        }
        if (!(capacityTonnes >= 0 && Double.isFinite(capacityTonnes))) {
            throw new IllegalArgumentException(name + ": capacity must be finite and >= 0");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(name + ": probability must be in [0, 1]");
        }
    }

    /** A project without heavy rare-earth separation. */
    public PipelineProject(String name, Region region, Stage stage, double capacityTonnes, int yearOnline,
                           double probability, String source) {
        this(name, region, stage, capacityTonnes, 0, yearOnline, probability, source);
    }

    /** An allied project without heavy rare-earth separation. */
    public PipelineProject(String name, Stage stage, double capacityTonnes, int yearOnline, double probability,
                           String source) {
        this(name, Region.ALLIED, stage, capacityTonnes, yearOnline, probability, source);
    }
}
