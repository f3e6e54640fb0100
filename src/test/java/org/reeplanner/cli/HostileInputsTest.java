package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus under {@code src/test/resources/hostile-inputs}: each file once misread or crashed the planner, and
 * {@code expected.psv} gives the exit code and a line {@code validate} or {@code run} must now print.
 */
class HostileInputsTest {

    record Case(String command, String file, int exit, String line) {
        @Override
        public String toString() {
            return command + " " + file + " → " + exit;
        }
    }

    static Path folder() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HostileInputsTest.class.getResource("/hostile-inputs/expected.psv"))
                .toURI()).getParent();
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        try (Stream<String> lines = Files.lines(folder().resolve("expected.psv"), StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\\|", 4))
                    .map(c -> new Case(c[0], c[1], Integer.parseInt(c[2]), c[3])).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFileIsRefusedWithOneClearLineOrReadRight(Case c) throws URISyntaxException {
        String file = folder().resolve(c.file()).toString();

        CliRun run = CliRun.of(c.command(), file);

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.err()).isEqualTo(c.exit());
        String printed = c.exit() == 0 ? run.out() : run.err();
        String expected = c.line().replace("{dir}", folder().toString());
        assertThat(printed.lines()).anyMatch(l -> l.startsWith(expected));
        if (c.exit() == Cli.EXIT_BAD_INPUT) {
            run.refusedAsBadInput();
            assertThat(run.err()).contains(file);
        }
    }

    @Test
    void everyFileOfTheFolderHasAnExpectation() throws IOException, URISyntaxException {
        List<String> covered = cases().stream().map(Case::file).distinct().toList();
        try (Stream<Path> files = Files.list(folder())) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".xlsx"))).allMatch(covered::contains);
        }
    }

    @Test
    void nothingPrintedCarriesARawControlCharacter() throws IOException, URISyntaxException {
        for (Case c : cases()) {
            CliRun run = CliRun.of(c.command(), folder().resolve(c.file()).toString());
            assertThat((run.out() + run.err()).chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\t'))
                    .as(c.toString()).isEmpty();
        }
    }
}
