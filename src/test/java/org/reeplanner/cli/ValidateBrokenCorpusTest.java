package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeplanner.io.BrokenCorpus;

class ValidateBrokenCorpusTest {

    static List<BrokenCorpus.Expected> expected() {
        return BrokenCorpus.expected();
    }

    static List<Path> files() {
        return BrokenCorpus.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void validateExitsTwoNamingTheFileAndTheField(BrokenCorpus.Expected expected) {
        String file = expected.location().toString();

        CliRun run = CliRun.of("validate", file).refusedAsBadInput();

        assertThat(run.err()).startsWith("invalid: " + file + " (")
                .contains((expected.severity() == org.reeplanner.model.Problem.Severity.ERROR ? "  error    "
                        : "  warning  ") + expected.path() + ": found ")
                .contains(expected.found());
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void runRefusesEveryBrokenFileTheSameWay(Path file) {
        CliRun run = CliRun.of("run", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains(file.toString());
    }
}
