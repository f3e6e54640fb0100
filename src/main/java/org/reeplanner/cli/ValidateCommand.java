package org.reeplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeplanner.io.InputException;
import org.reeplanner.io.ModelDataReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks a scenario file (JSON, or a workbook the planner exported) and lists every problem with
 * its path or cell, what was found and what is allowed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a scenario file against the shipped focus areas and prints every problem (path, "
                + "what was found, what is allowed), or 'valid: FILE' and any warnings.",
            "Unknown fields are warnings: the file is still valid.",
            "A workbook exported with 'run --xlsx' is checked too: its Inputs sheet and the edited values of its "
                + "Assumptions sheet, with problems named by cell (e.g. Inputs!C15)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is valid (warnings allowed)", "1:internal error", "2:the file is not valid"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file to check (.json or .xlsx).")
    private Path scenarioFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ScenarioInput loaded = ScenarioInput.read(scenarioFile, ModelDataReader.readShipped());
            out.println("valid: " + scenarioFile + (loaded.warnings().isEmpty() ? ""
                    : " (" + ProblemReport.counts(loaded.warnings()) + ")"));
            if (loaded.editedParameters() > 0) {
                out.println("  " + ProblemReport.plural(loaded.editedParameters(), "parameter")
                        + " edited in the Assumptions sheet");
            }
            ProblemReport.print(out, loaded.warnings());
            out.flush();
            return 0;
        } catch (InputException e) {
            err.println("invalid: " + e.source() + " (" + ProblemReport.counts(e.problems()) + ")");
            ProblemReport.print(err, e.problems());
            err.flush();
            return Cli.EXIT_BAD_INPUT;
        }
    }
}
