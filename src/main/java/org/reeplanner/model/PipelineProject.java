package org.reeplanner.model;

/** An already-funded allied project in the baseline: expected capacity {@code probability·capacity·ramp}. */
public record PipelineProject(String name, Stage stage, double capacityTonnes, int yearOnline, double probability,
                              String source) {

    public PipelineProject {
        if (!(capacityTonnes >= 0 && Double.isFinite(capacityTonnes))) {
            throw new IllegalArgumentException(name + ": capacity must be finite and >= 0");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(name + ": probability must be in [0, 1]");
        }
    }
}
