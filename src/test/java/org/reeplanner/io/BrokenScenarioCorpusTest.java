package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeplanner.model.Problem;

class BrokenScenarioCorpusTest {
    private final ScenarioReader reader = new ScenarioReader(ModelDataReader.readShipped().focusAreas());

    static List<BrokenCorpus.Expected> expected() {
        return BrokenCorpus.expected();
    }

    static List<Path> files() {
        return BrokenCorpus.files();
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveFilesEachWithAnExpectedProblem() {
        List<String> listed = expected().stream().map(BrokenCorpus.Expected::file).distinct().toList();
        List<String> present = files().stream().map(p -> p.getFileName().toString()).toList();

        assertThat(present).hasSizeGreaterThanOrEqualTo(25).containsExactlyInAnyOrderElementsOf(listed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void readingReportsTheExpectedProblemAtItsPath(BrokenCorpus.Expected expected) {
        InputException e = refused(expected.location());

        assertThat(e.source()).isEqualTo(expected.location().toString());
        assertThat(e.problems()).as(e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.severity()).isEqualTo(expected.severity());
                    assertThat(p.path()).isEqualTo(expected.path());
                    assertThat(p.found()).contains(expected.found());
                    assertThat(p.allowed()).isNotBlank();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyBrokenFileIsRefusedWithErrorsOnlyAndNoOtherKindOfFailure(Path file) {
        InputException e = refused(file);

        assertThat(e.problems()).anyMatch(Problem::isError);
        assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachPathIsReportedOnce(Path file) {
        List<String> paths = refused(file).problems().stream().map(Problem::path).toList();

        assertThat(paths).doesNotHaveDuplicates();
    }

    private InputException refused(Path file) {
        Throwable t = catchThrowable(() -> reader.read(file));
        assertThat(t).as(file.toString()).isInstanceOf(InputException.class);
        return (InputException) t;
    }
}
