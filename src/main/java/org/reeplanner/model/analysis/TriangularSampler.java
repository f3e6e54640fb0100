package org.reeplanner.model.analysis;

import java.util.SplittableRandom;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;

/**
 * Draws parameter sets: each parameter independently from a triangular distribution with its low, base (mode) and
 * high; a parameter whose low equals its high stays fixed. Run {@code i} of a study with seed {@code s} always gets
 * the same draw, whatever the thread that computes it.
 */
public final class TriangularSampler {
    private final double[] low;
    private final double[] mode;
    private final double[] high;

    public TriangularSampler(ParameterSet parameters) {
        int n = Param.values().length;
        low = new double[n];
        mode = new double[n];
        high = new double[n];
        for (Param p : Param.values()) {
            ParameterSpec spec = parameters.spec(p);
            low[p.ordinal()] = spec.low();
            mode[p.ordinal()] = spec.base();
            high[p.ordinal()] = spec.high();
        }
    }

    /** The parameter values of run {@code run} of the study seeded {@code seed}, written into {@code out}. */
    public void draw(long seed, int run, double[] out) {
        SplittableRandom random = new SplittableRandom(runSeed(seed, run));
        for (int i = 0; i < out.length; i++) {
            out[i] = triangular(low[i], mode[i], high[i], random.nextDouble());
        }
    }

    /** A well-mixed per-run seed (SplitMix64 finaliser over seed and run index). */
    static long runSeed(long seed, int run) {
        long z = seed + 0x9E3779B97F4A7C15L * (run + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Inverse CDF of the triangular distribution at {@code u} in [0, 1). */
    static double triangular(double a, double c, double b, double u) {
        if (b <= a) {
            return c;
        }
        double split = (c - a) / (b - a);
        if (u < split) {
            return a + Math.sqrt(u * (b - a) * (c - a));
        }
        return b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
}
