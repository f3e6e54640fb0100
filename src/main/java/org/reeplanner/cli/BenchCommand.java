package org.reeplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeplanner.io.BenchJsonWriter;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: quick performance figures of this build on this machine (SPEC §6), as JSON. JMH (the jmh profile)
 * gives the careful numbers; this gives the same quantities in seconds, anywhere the jar runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Measures one model run (median, µs), a 10,000-run Monte Carlo (median of several, ms) "
                + "and the full Excel export with charts and an Uncertainty sheet from that Monte Carlo (median, "
                + "ms), and, when there is a display, the time from starting the application to its window shown "
                + "(median, ms), and prints them as JSON. Smaller --model-runs/--mc-runs give a fast smoke run; the "
                + "Monte Carlo time is then scaled to 10,000 runs and marked as scaled."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "Also writes the figures to FILE.")
    private Path json;

    @Option(names = "--model-runs", paramLabel = "N", defaultValue = "20000",
            description = "Model runs per timed batch (default: ${DEFAULT-VALUE}).")
    private int modelRuns;

    @Option(names = "--mc-runs", paramLabel = "N", defaultValue = "10000",
            description = "Runs per Monte Carlo study (default: ${DEFAULT-VALUE}).")
    private int monteCarloRuns;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
            description = "Timed repetitions after warm-up; the median is reported (default: ${DEFAULT-VALUE}).")
    private int repeats;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "3",
            description = "Window start-ups to time when a display is available; 0 skips them "
                    + "(default: ${DEFAULT-VALUE}).")
    private int startupRuns;

    @Override
    public Integer call() throws Exception {
        if (modelRuns < 1 || modelRuns > 10_000_000 || repeats < 1 || repeats > 100
                || monteCarloRuns < 1 || monteCarloRuns > MonteCarlo.MAX_RUNS || startupRuns < 0
                || startupRuns > 100) {
            throw new ParameterException(spec.commandLine(), "allowed --model-runs 1 to 10000000, --mc-runs 1 to "
                    + MonteCarlo.MAX_RUNS + ", --repeats 1 to 100, --startup-runs 0 to 100");
        }
        OutputPaths.check(spec, "--json", json, null);
        ModelData data = ModelDataReader.readShipped();
        ImpactModel model = new ImpactModel(data);
        Scenario scenario = new ScenarioReader(data.focusAreas()).readShipped("accelerated-allied");
        BenchFigures figures = new BenchFigures();
        figures.modelRunMicros = modelRunMicros(model, scenario);
        double mc = monteCarloMillis(model, scenario);
        Bands bands = new MonteCarlo(model).run(scenario, monteCarloRuns, 1, Progress.NONE);
        figures.monteCarloRuns = monteCarloRuns;
        figures.monteCarlo10kMillis = mc * 10_000.0 / monteCarloRuns;
        figures.monteCarloScaled = monteCarloRuns != 10_000;
        figures.xlsxExportMillis = ExportBench.xlsxMillis(model, scenario, bands, repeats);
        StartupBench.Outcome startup = StartupBench.measure(startupRuns);
        figures.startupMillis = startup.millis();
        figures.startupNote = startup.note();
        byte[] text = BenchJsonWriter.toBytes(figures.asMap());
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(text, java.nio.charset.StandardCharsets.UTF_8));
        if (json != null) {
            OutputPaths.save(() -> org.reeplanner.io.AtomicFiles.write(json, o -> o.write(text)));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private double modelRunMicros(ImpactModel model, Scenario scenario) {
        double sink = 0;
        for (int i = 0; i < Math.max(modelRuns, 20_000); i++) {
            sink += model.run(scenario.withInvestment("mining", (i % 50) * 0.2)).values(
                    org.reeplanner.model.Series.RISK_INDEX)[3];
        }
        double[] samples = new double[repeats];
        Scenario[] variants = new Scenario[50];
        for (int v = 0; v < variants.length; v++) {
            variants[v] = scenario.withInvestment("mining", v * 0.2);
        }
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < modelRuns; i++) {
                sink += model.run(variants[i % variants.length]).values(org.reeplanner.model.Series.RISK_INDEX)[3];
            }
            samples[r] = (System.nanoTime() - t0) / 1e3 / modelRuns;
        }
        BenchFigures.blackhole(sink);
        return BenchFigures.median(samples);
    }

    private double monteCarloMillis(ImpactModel model, Scenario scenario) {
        MonteCarlo monteCarlo = new MonteCarlo(model);
        monteCarlo.run(scenario, monteCarloRuns, 0, Progress.NONE);
        double[] samples = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            monteCarlo.run(scenario, monteCarloRuns, r + 1, Progress.NONE);
            samples[r] = (System.nanoTime() - t0) / 1e6;
        }
        return BenchFigures.median(samples);
    }
}
