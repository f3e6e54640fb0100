package org.reeplanner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command {@code ree-planner}: only dispatches to its subcommands. */
@Command(name = "ree-planner", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Rare Earth Resilience Planner, headless. Without arguments the jar opens the window."},
        subcommands = {RunCommand.class, ValidateCommand.class, OptimizeCommand.class, BenchCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (file, option or command)"})
final class RootCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr()
                .println("ree-planner: missing command; allowed run, validate, optimize, bench or help");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_BAD_INPUT;
    }
}
