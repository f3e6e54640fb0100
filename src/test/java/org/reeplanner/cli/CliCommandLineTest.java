package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CliCommandLineTest {
    @ParameterizedTest
    @CsvSource({"--help,Usage: ree-planner", "-h,Usage: ree-planner", "run --help,Usage: ree-planner run",
        "validate --help,Usage: ree-planner validate", "help run,Usage: ree-planner run"})
    void helpOnEveryCommandPrintsUsageAndSucceeds(String args, String usage) {
        CliRun run = CliRun.of(args.split(" "));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(usage).contains("Exit codes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        String usage = CliRun.of("--help").out();

        assertThat(usage).contains("run").contains("validate").contains("optimize").contains("bench");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "run --version", "validate -V"})
    void versionOnEveryCommand(String args) {
        CliRun run = CliRun.of(args.split(" "));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Rare Earth Resilience Planner ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--frob"})
    void unknownCommandOrOptionIsBadInput(String arg) {
        CliRun run = CliRun.of(arg).refusedAsBadInput();

        assertThat(run.err()).contains(arg).contains("--help");
    }

    @Test
    void noCommandIsBadInputWithUsage() {
        CliRun run = CliRun.of().refusedAsBadInput();

        assertThat(run.err()).contains("Usage: ree-planner");
    }

    @Test
    void atSignIsNotReadAsAnArgumentFile() {
        CliRun run = CliRun.of("validate", "@RunCommandTest.java").refusedAsBadInput();

        assertThat(run.err()).contains("@RunCommandTest.java");
    }

    @Test
    void unexpectedFaultIsAnInternalErrorInOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        cmd.addSubcommand("boom", new Boom());
        cmd.setErr(new PrintWriter(err));

        int code = cmd.execute("boom");

        assertThat(code).isEqualTo(Cli.EXIT_INTERNAL);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("internal error").contains("the model broke");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the model broke\nsecond line");
        }
    }
}
