package org.reeplanner.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Objective;
import org.reeplanner.model.analysis.OptimisationResult;
import org.reeplanner.model.analysis.Optimiser;
import org.reeplanner.model.analysis.Progress;

/** JMH benchmarks of the model: one deterministic run (SPEC §6: ≤ 20 µs), Monte Carlo 10k, the optimiser. */
@State(Scope.Benchmark)
public class ModelBenchmarks {
    private ImpactModel model;
    private Scenario scenario;
    private MonteCarlo monteCarlo;
    private Optimiser optimiser;

    @Setup(Level.Trial)
    public void load() {
        ModelData data = ModelDataReader.readShipped();
        model = new ImpactModel(data);
        scenario = new ScenarioReader(data.focusAreas()).readShipped("accelerated-allied");
        monteCarlo = new MonteCarlo(model);
        optimiser = new Optimiser(model);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Projection modelRun() {
        return model.run(scenario);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Bands monteCarlo10k() {
        return monteCarlo.run(scenario, 10_000, 42, Progress.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public OptimisationResult optimiseTenBillion() {
        return optimiser.optimise(scenario, new Objective("share.china.separation", 2032, false), 10,
                optimiser.defaultBounds(), Progress.NONE);
    }
}
