package org.reeplanner.cli;

import java.io.PrintWriter;
import org.reeplanner.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless command line ({@code run}, {@code validate}): parses the arguments, runs the command and turns
 * every failure into an exit code and a message: 2 for the user's mistakes (never a stack trace), 1 for faults.
 */
public final class Cli {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private Cli() {
    }

    /** Runs the command line with the process's standard output and error; returns the exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return execute(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs the command line writing to {@code out} and {@code err} (tests use this); returns the exit code. What it
     * prints is escaped ({@link TerminalText}): names and ids from files and arguments cannot drive the terminal.
     */
    public static int execute(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = TerminalText.escaping(rawOut);
        PrintWriter err = TerminalText.escaping(rawErr);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (RuntimeException | LinkageError e) {
            // Faults outside a command (in picocli's set-up, say) must not escape as a stack trace either.
            code = internalError(err, "ree-planner", e);
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExpandAtFiles(false);
        // Help in plain text: colour codes would be escaped like any other control character.
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cmd.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? EXIT_BAD_INPUT : EXIT_INTERNAL);
        cmd.setParameterExceptionHandler(parameterHandler());
        cmd.setExecutionExceptionHandler(executionHandler());
        return cmd;
    }

    private static IParameterExceptionHandler parameterHandler() {
        return (ParameterException e, String[] args) -> {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            err.println(name + ": " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + name + " --help' for usage.");
            err.flush();
            return EXIT_BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler executionHandler() {
        return (Exception e, CommandLine cmd, ParseResult parsed) -> {
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            if (e instanceof InputException input) {
                err.println(name + ": cannot use " + input.source() + " ("
                        + ProblemReport.counts(input.problems()) + ")");
                ProblemReport.print(err, input.problems());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            if (e instanceof UserError) {
                err.println(name + ": " + e.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            return internalError(err, name, e);
        };
    }

    private static int internalError(PrintWriter err, String name, Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println(name + ": internal error (" + e.getClass().getName() + detail + "); please report this");
        err.flush();
        return EXIT_INTERNAL;
    }
}
