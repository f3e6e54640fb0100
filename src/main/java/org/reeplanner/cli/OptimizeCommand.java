package org.reeplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.OptimisationJsonWriter;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.GoalSeek;
import org.reeplanner.model.analysis.GoalSeekResult;
import org.reeplanner.model.analysis.LeverBounds;
import org.reeplanner.model.analysis.Objective;
import org.reeplanner.model.analysis.OptimisationResult;
import org.reeplanner.model.analysis.Optimiser;
import org.reeplanner.model.analysis.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optimize}: the best split of a budget over the focus areas for one series in one year, or with
 * {@code --target} the least budget that reaches a value (goal seek).
 */
@Command(name = "optimize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Splits a budget over the focus areas to minimise (or --maximize) one series in one year, "
                + "within per-lever bounds (default: 0 to each lever's slider maximum).",
            "With --target instead of --budget it finds the least budget for which the series reaches the target "
                + "(at most the target when minimising, at least when maximising)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (also when a --target is not reachable: the JSON says so)", "1:internal error",
            "2:bad input"})
final class OptimizeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario (timing and events are kept).")
    private Path scenarioFile;

    /** Beyond any series' range (the largest are tonnes and USD); larger targets only overflow in the printout. */
    private static final double MAX_TARGET = 1e12;

    @Option(names = "--budget", paramLabel = "USD_BN", description = "The total money to split (USD bn).")
    private Double budget;

    @Option(names = "--target", paramLabel = "VALUE",
            description = "Goal seek: the value to reach, in the series' unit (fractions for shares: 0.75 = 75%%).")
    private Double target;

    @Option(names = "--objective", required = true, paramLabel = "SERIES@YEAR",
            description = "The series and year, e.g. share.china.separation@2032.")
    private String objectiveText;

    @Option(names = "--maximize", description = "Maximise instead of minimise.")
    private boolean maximize;

    @Option(names = "--bound", paramLabel = "LEVER=MIN:MAX",
            description = "Per-lever bounds in USD bn, e.g. processing=1:6. Repeatable.")
    private List<String> boundTexts = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Writes the result JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        if ((budget == null) == (target == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --budget (split a budget) or "
                    + "--target (find the least budget)");
        }
        OutputPaths.check(spec, "--json", json, scenarioFile);
        ModelData data = ModelDataReader.readShipped();
        Scenario scenario = new ScenarioReader(data.focusAreas()).read(scenarioFile).scenario();
        ImpactModel model = new ImpactModel(data);
        Objective objective = objective(model.run(scenario));
        double most = data.focusAreas().ids().size() * Scenario.MAX_LEVER_USD_BN;
        if (budget != null && !(budget >= 0 && budget <= most)) {
            throw new ParameterException(spec.commandLine(), "--budget: found " + budget + "; allowed USD bn from 0 to "
                    + Formats.exact(most) + " (every focus area at most " + Formats.exact(
                    Scenario.MAX_LEVER_USD_BN) + ")");
        }
        Optimiser optimiser = new Optimiser(model);
        Map<String, LeverBounds> bounds = BoundsOption.parse(spec, boundTexts, optimiser.defaultBounds(),
                data.focusAreas());
        PrintWriter out = spec.commandLine().getOut();
        OptimisationResult result;
        GoalSeekResult seek = null;
        try {
            if (target != null) {
                if (!(Math.abs(target) <= MAX_TARGET)) {
                    throw new ParameterException(spec.commandLine(), "--target: found " + target
                            + "; allowed a number from -1e12 to 1e12 in the series' unit (shares as fractions)");
                }
                seek = new GoalSeek(optimiser).seek(scenario, objective.seriesId(), objective.year(), target,
                        !maximize, bounds, Progress.NONE);
                result = seek.best();
            } else {
                result = optimiser.optimise(scenario, objective, budget, bounds, Progress.NONE);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        OptimisationSummary.print(out, scenario, result, seek);
        if (json != null) {
            OptimisationResult r = result;
            GoalSeekResult g = seek;
            OutputPaths.save(() -> OptimisationJsonWriter.write(json, scenario, r, g));
            out.println("Wrote JSON: " + json);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private Objective objective(Projection reference) {
        Objective o;
        try {
            o = Objective.parse(objectiveText, maximize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--objective: " + e.getMessage());
        }
        if (reference.values(o.seriesId()) == null) {
            throw new ParameterException(spec.commandLine(), "--objective: found an unknown series '"
                    + o.seriesId() + "'; allowed a series ID such as share.china.separation, "
                    + "selfsufficiency.allied, cost.allied.usdPerKg, risk.index (see 'run --json' for all)");
        }
        if (o.year() < reference.firstYear() || o.year() > reference.lastYear()) {
            throw new ParameterException(spec.commandLine(), "--objective: found the year " + o.year()
                    + "; allowed " + reference.firstYear() + " to " + reference.lastYear());
        }
        return o;
    }
}
