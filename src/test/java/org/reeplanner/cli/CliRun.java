package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Checks the run was refused as bad input, with a message and without a Java stack trace. */
    CliRun refusedAsBadInput() {
        assertThat(exitCode).as("exit code; stderr was:%n%s", err).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(err).isNotBlank().doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("Exception");
        return this;
    }
}
