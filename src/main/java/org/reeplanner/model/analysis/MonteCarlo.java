package org.reeplanner.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

/**
 * Monte Carlo over the parameters' low/base/high ranges (triangular draws): P10/P50/P90 of every series. Runs in
 * parallel chunks; run {@code i} always uses the same draw, so results are identical bit for bit whatever the number
 * of threads.
 */
public final class MonteCarlo {
    public static final int MAX_RUNS = 100_000;
    private static final int CHUNK = 250;
    private static final double[] QUANTILES = {0.1, 0.5, 0.9};

    private final ImpactModel model;
    private final TriangularSampler sampler;
    /**
     * The per-run values of the last study, kept for the next one of the same size: a window whose band follows the
     * sliders runs one study after another, and 40 MB of fresh arrays each time only grows the old generation.
     */
    private final AtomicReference<float[][]> spare = new AtomicReference<>();

    public MonteCarlo(ImpactModel model) {
        this.model = model;
        this.sampler = new TriangularSampler(model.data().parameters());
    }

    /**
     * Runs on a shared pool with one worker per core (the common pool has one fewer, which on two cores means one
     * worker).
     */
    public Bands run(Scenario scenario, int runs, long seed, Progress progress) {
        return run(scenario, runs, seed, progress, SharedPool.POOL);
    }

    /** One fork-join pool per process with a worker per core; its threads are daemons. */
    private static final class SharedPool {
        static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    /** Runs on the given pool (tests use pools of different sizes to prove the results do not depend on it). */
    public Bands run(Scenario scenario, int runs, long seed, Progress progress, ForkJoinPool pool) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be from 1 to " + MAX_RUNS + ", got " + runs);
        }
        Projection reference = model.run(scenario);
        List<String> ids = new ArrayList<>(reference.byId().keySet());
        int years = reference.yearCount();
        float[][] cells = take(ids.size() * years, runs);
        int chunks = (runs + CHUNK - 1) / CHUNK;
        AtomicInteger done = new AtomicInteger();
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
                if (progress.isCancelled()) {
                    throw new CancellationException("Monte Carlo cancelled");
                }
                runChunk(scenario, seed, c * CHUNK, Math.min(runs, (c + 1) * CHUNK), ids, years, cells);
                progress.report(0.9 * done.incrementAndGet() / chunks);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Monte Carlo interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
        Map<String, Band> bands = summarise(ids, years, cells, runs, pool);
        spare.set(cells);
        progress.report(1.0);
        return new Bands(runs, seed, reference.years(), bands);
    }

    /** The spare arrays when they have the right shape (taken, so two studies never share them), else new ones. */
    private float[][] take(int width, int runs) {
        float[][] cells = spare.getAndSet(null);
        if (cells != null && cells.length == width && cells[0].length == runs) {
            return cells;
        }
        return new float[width][runs];
    }

    /** Runs one chunk into a run-major buffer, then copies it cell by cell: contiguous writes, few cache misses. */
    private void runChunk(Scenario scenario, long seed, int from, int to, List<String> ids, int years,
                          float[][] cells) {
        double[] parameters = new double[model.data().parameters().baseValues().length];
        int width = ids.size() * years;
        float[] buffer = new float[(to - from) * width];
        for (int r = from; r < to; r++) {
            sampler.draw(seed, r, parameters);
            Projection p = model.run(scenario, parameters);
            int at = (r - from) * width;
            for (int s = 0; s < ids.size(); s++) {
                double[] values = p.valuesAt(s);
                for (int y = 0; y < years; y++) {
                    buffer[at++] = (float) values[y];
                }
            }
        }
        for (int cell = 0; cell < width; cell++) {
            float[] target = cells[cell];
            for (int r = from, at = cell; r < to; r++, at += width) {
                target[r] = buffer[at];
            }
        }
    }

    private static Map<String, Band> summarise(List<String> ids, int years, float[][] cells, int runs,
                                               ForkJoinPool pool) {
        double[][][] result = new double[ids.size()][3][years];
        try {
            pool.submit(() -> IntStream.range(0, ids.size()).parallel().forEach(s -> {
                double[] q = new double[3];
                Percentiles percentiles = new Percentiles();
                for (int y = 0; y < years; y++) {
                    percentiles.compute(cells[s * years + y], runs, QUANTILES, q);
                    result[s][0][y] = q[0];
                    result[s][1][y] = q[1];
                    result[s][2][y] = q[2];
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Monte Carlo interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        Map<String, Band> bands = new LinkedHashMap<>();
        for (int s = 0; s < ids.size(); s++) {
            bands.put(ids.get(s), new Band(result[s][0], result[s][1], result[s][2]));
        }
        return bands;
    }
}
