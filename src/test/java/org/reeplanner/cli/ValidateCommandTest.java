package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private Path seedWith(String find, String replace) throws IOException {
        String text = Files.readString(RunCommandTest.SEED);
        assertThat(text).contains(find);
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, text.replace(find, replace));
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-baseline", "no-new-investment", "accelerated-allied", "export-ban-stress",
        "us-australia-framework-2025", "dod-mp-2025", "china-controls-2025-replay", "snap-back-2026",
        "us-magnet-buildout"})
    void everyShippedScenarioIsValid(String stem) {
        Path file = Path.of("sample-data/scenarios/" + stem + ".json");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("valid: " + file + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.json");

        CliRun run = CliRun.of("validate", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains(file.toString()).contains("no such file");
    }

    @Test
    void folderInsteadOfAFile() {
        CliRun run = CliRun.of("validate", dir.toString()).refusedAsBadInput();

        assertThat(run.err()).contains(dir.toString()).contains("a folder");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.json"));

        CliRun run = CliRun.of("validate", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains(file.toString()).contains("empty");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        Path file = seedWith("\"endYear\": 2040,", "\"endYear\": 2040,,");

        CliRun run = CliRun.of("validate", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains(file.toString()).containsPattern("line 6, column \\d+").contains("malformed");
    }

    @Test
    void wrongTypeNamesTheField() throws IOException {
        Path file = seedWith("\"endYear\": 2040", "\"endYear\": \"2040\"");

        CliRun run = CliRun.of("validate", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains("endYear").contains("allowed a whole number from 2030 to 2050");
    }

    @Test
    void outOfRangeValueNamesThePathFoundAndAllowed() throws IOException {
        Path file = seedWith("\"severity\": 0.74", "\"severity\": 1.5");

        CliRun run = CliRun.of("validate", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains("disruption.severity").contains("found 1.5").contains("allowed");
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        Path file = seedWith("\"severity\": 0.74", "\"severity\": 1.5, \"colour\": \"red\"");
        Files.writeString(file, Files.readString(file).replace("\"usShare\": 0.5\n    },\n    \"processing\"",
                "\"usShare\": 7\n    },\n    \"processing\""));

        CliRun run = CliRun.of("validate", file.toString()).refusedAsBadInput();

        assertThat(run.err()).contains("2 errors, 1 warning").contains("disruption.severity")
                .contains("levers.mining.usShare").contains("disruption.colour");
    }

    @Test
    void unknownFieldIsOnlyAWarning() throws IOException {
        Path file = seedWith("\"demandCase\": \"base\",", "\"demandCase\": \"base\", \"colour\": \"red\",");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("valid: " + file).contains("warning").contains("colour");
    }

    @Test
    void unknownFieldIsReportedButRunStillRuns() throws IOException {
        Path file = seedWith("\"demandCase\": \"base\",", "\"demandCase\": \"base\", \"colour\": \"red\",");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning").contains("colour");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = Files.write(dir.resolve("binary.json"), new byte[] {'{', 0, 1, 2, '}'});

        CliRun.of("validate", file.toString()).refusedAsBadInput();
    }
}
