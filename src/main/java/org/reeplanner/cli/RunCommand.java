package org.reeplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reeplanner.io.CsvWriter;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ResultJsonWriter;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.io.report.AppVersion;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run}: runs a scenario (JSON, or a workbook the planner exported) headless, prints its key results and
 * writes the result JSON, CSV, Excel workbook, PowerPoint deck and chart pictures on request.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Runs a scenario through the impact model with the shipped parameters and prints its "
                + "key results for the target year against the same scenario without new investment.",
            "SCENARIO is scenario JSON or a workbook exported with --xlsx (its Inputs sheet, and edited values of "
                + "its Assumptions sheet, which then replace the shipped parameters).",
            "Writes JSON (--json), CSV (--csv), an Excel workbook (--xlsx), a PowerPoint deck (--pptx) and chart "
                + "pictures (--png) on request; every file is written atomically."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error",
            "2:bad input (scenario file, option or output path), or an output that cannot be written (full disk, "
                + "quota, permissions)"})
final class RunCommand implements Callable<Integer> {
    static final int DEFAULT_YEAR = 2030;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file to run (.json or .xlsx).")
    private Path scenarioFile;

    @Option(names = "--set", paramLabel = "LEVER=USD_BN", converter = LeverSetting.Converter.class,
            description = {"Overrides a focus area's investment level (USD bn, 0 to 100). Repeatable.",
                "LEVER is a focus-area id: mining, processing, rnd, recycling, innovation, regulatory, trade, "
                    + "stockpile, monitoring."})
    private List<LeverSetting> settings = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Writes the result JSON (all series and KPIs).")
    private Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Writes every annual series as CSV.")
    private Path csv;

    @Option(names = "--csv-long", paramLabel = "FILE",
            description = "Writes every series in long format: one row per series and year with scenario, model "
                    + "version, date, value, the no-new-investment baseline and, with --monte-carlo, P10/P50/P90.")
    private Path csvLong;

    @Mixin
    private ExportOptions exports = new ExportOptions();

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "" + DEFAULT_YEAR,
            description = "The KPI target year, within the scenario's horizon (default: ${DEFAULT-VALUE}).")
    private int year;

    @Option(names = "--monte-carlo", paramLabel = "N",
            description = "Also runs N Monte Carlo draws of the parameters (1 to 100000) and adds P10/P50/P90 "
                    + "bands of every series to the JSON and an Uncertainty sheet and chart to the exports.")
    private Integer monteCarloRuns;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The Monte Carlo seed: the same seed gives the same bands (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        if (monteCarloRuns != null && (monteCarloRuns < 1 || monteCarloRuns > MonteCarlo.MAX_RUNS)) {
            throw new ParameterException(spec.commandLine(), "--monte-carlo: found " + monteCarloRuns
                    + "; allowed a whole number of runs from 1 to " + MonteCarlo.MAX_RUNS);
        }
        OutputPaths.check(spec, "--json", json, scenarioFile);
        OutputPaths.check(spec, "--csv", csv, scenarioFile);
        OutputPaths.check(spec, "--csv-long", csvLong, scenarioFile);
        List<Path> files = java.util.Arrays.asList(json, csv, csvLong);
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (files.get(i) != null && files.get(j) != null && OutputPaths.same(files.get(i), files.get(j))) {
                    throw new ParameterException(spec.commandLine(), "two output options name the same file "
                            + files.get(i));
                }
            }
        }
        exports.check(spec, scenarioFile, files);
        ScenarioInput input = ScenarioInput.read(scenarioFile, ModelDataReader.readShipped());
        PrintWriter err = spec.commandLine().getErr();
        for (Problem w : input.warnings()) {
            err.println("warning: " + scenarioFile + ": " + w.message());
        }
        Scenario scenario = apply(input.scenario(), input.data().focusAreas());
        if (year < Scenario.START_YEAR || year > scenario.endYear()) {
            throw new ParameterException(spec.commandLine(), "--year: found " + year + "; allowed a year from "
                    + Scenario.START_YEAR + " to " + scenario.endYear() + " (the end year of " + scenarioFile + ")");
        }
        ImpactModel model = new ImpactModel(input.data());
        Projection projection = model.run(scenario);
        Projection baseline = model.run(scenario.withoutInvestment());
        KpiSet kpis = KpiSet.of(projection, baseline, year);

        PrintWriter out = spec.commandLine().getOut();
        if (input.editedParameters() > 0) {
            out.println("Assumptions: " + ProblemReport.plural(input.editedParameters(), "parameter") + " edited in "
                    + scenarioFile);
        }
        RunSummary.print(out, projection, settings, kpis);
        Bands bands = null;
        if (monteCarloRuns != null) {
            bands = new MonteCarlo(model.withAssumptionsOf(scenario)).run(scenario, monteCarloRuns, seed,
                    Progress.NONE);
            RunSummary.printBands(out, bands, kpis.year());
        }
        Bands result = bands;
        if (json != null) {
            OutputPaths.save(() -> ResultJsonWriter.write(json, projection, kpis, result, input.data().parameters()));
            out.println("Wrote JSON: " + json);
        }
        if (csv != null) {
            OutputPaths.save(() -> CsvWriter.write(csv, projection));
            out.println("Wrote CSV: " + csv);
        }
        if (csvLong != null) {
            CsvWriter.Stamp stamp = new CsvWriter.Stamp(scenario.name(), AppVersion.current(),
                    LocalDate.now(Clock.systemDefaultZone()).toString());
            OutputPaths.save(() -> CsvWriter.writeLong(csvLong, stamp, projection, baseline, result));
            out.println("Wrote long CSV: " + csvLong);
        }
        if (exports.any()) {
            ExportService service = new ExportService(model, Clock.systemDefaultZone());
            exports.write(out, service, service.content(scenario, year, bands));
        }
        out.flush();
        return 0;
    }

    private Scenario apply(Scenario scenario, FocusAreaCatalog catalog) {
        Set<String> seen = new HashSet<>();
        Scenario s = scenario;
        for (LeverSetting setting : settings) {
            if (catalog.indexOf(setting.leverId()) < 0) {
                throw new ParameterException(spec.commandLine(), "--set: found an unknown focus area '"
                        + setting.leverId() + "'; allowed one of " + String.join(", ", catalog.ids()));
            }
            if (!seen.add(setting.leverId())) {
                throw new ParameterException(spec.commandLine(), "--set: " + setting.leverId()
                        + " is given more than once; allowed once per focus area");
            }
            s = s.withInvestment(setting.leverId(), setting.usdBn());
        }
        List<Problem> errors = ScenarioRules.check(s, catalog).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--set makes the scenario invalid: "
                    + errors.get(0).message());
        }
        return s;
    }
}
