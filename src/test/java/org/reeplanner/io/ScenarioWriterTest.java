package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;

class ScenarioWriterTest {
    private static final FocusAreaCatalog CATALOG = ModelDataReader.readShipped().focusAreas();
    private final ScenarioReader reader = new ScenarioReader(CATALOG);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed-baseline", "no-new-investment", "accelerated-allied", "export-ban-stress",
        "us-australia-framework-2025", "dod-mp-2025", "china-controls-2025-replay", "snap-back-2026",
        "us-magnet-buildout"})
    void writesEachShippedScenarioExactlyAsItIsShipped(String stem) throws IOException {
        Path shipped = Path.of("sample-data/scenarios/" + stem + ".json");
        Scenario scenario = reader.readShipped(stem);

        assertThat(new String(ScenarioWriter.toBytes(scenario), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(shipped));
    }

    @Test
    void writesTheCurrentVersionFirstPrettyAndEndsWithANewline() {
        String json = new String(ScenarioWriter.toBytes(reader.readShipped("seed-baseline")), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"name\": \"Seed baseline\",\n")
                .endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    }

    @RepeatedTest(300)
    void savedRandomScenariosLoadBackExactly(RepetitionInfo repetition) throws Exception {
        Scenario scenario = new RandomScenarios(repetition.getCurrentRepetition(), CATALOG).next();
        Path file = dir.resolve("round-trip.json");

        ScenarioWriter.save(file, scenario);
        ScenarioReader.Loaded loaded = reader.read(file);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.scenario()).isEqualTo(scenario);
        assertThat(ScenarioWriter.toBytes(loaded.scenario())).as("a second save changes nothing")
                .isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void refusesToWriteNaNBeforeTouchingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("kept.json"), "old");
        Scenario broken = reader.readShipped("seed-baseline").withLever("mining", new Lever(Double.NaN, 2025, 5, 0.5));

        assertThatThrownBy(() -> ScenarioWriter.save(file, broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("levers.mining.investmentUsdBn");

        assertThat(file).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
