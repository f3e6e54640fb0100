package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Scenario;

/** The optional {@code preset} field: the shipped scenario a scenario started from, kept through save and load. */
class ScenarioPresetTest {
    private static final FocusAreaCatalog CATALOG = ModelDataReader.readShipped().focusAreas();
    private final ScenarioReader reader = new ScenarioReader(CATALOG);

    private ScenarioReader.Loaded read(String json) throws InputException {
        return reader.read("mine.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String seedWith(String presetField) throws Exception {
        String seed = Files.readString(Path.of("sample-data/scenarios/seed-baseline.json"));
        return seed.replace("  \"preset\": \"seed-baseline\",\n", presetField);
    }

    @Test
    void everyShippedScenarioRecordsItsOwnFileNameAsItsPreset() throws Exception {
        for (String id : ShippedScenarios.IDS) {
            Path file = Path.of("sample-data/scenarios/" + id + ".json");
            assertThat(reader.read(file).scenario().preset()).as(id).isEqualTo(id);
            assertThat(reader.readShipped(id).preset()).isEqualTo(id);
        }
    }

    @Test
    void theFieldFollowsTheDescriptionAndIsLeftOutWhenNoPresetIsRecorded() {
        Scenario seed = reader.readShipped("seed-baseline");
        String json = new String(ScenarioWriter.toBytes(seed), StandardCharsets.UTF_8);
        assertThat(json).contains("\"description\"").contains("\",\n  \"preset\": \"seed-baseline\",\n  \"endYear\"");

        assertThat(new String(ScenarioWriter.toBytes(seed.withPreset(null)), StandardCharsets.UTF_8))
                .doesNotContain("preset");
    }

    @Test
    void aFileWithoutPresetLoadsWithoutWarningAndRecordsNone() throws Exception {
        ScenarioReader.Loaded loaded = read(seedWith(""));
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.scenario().preset()).isNull();
        assertThat(ShippedScenarios.leverChanges(loaded.scenario()).recorded()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"tomorrows-preset\"", "7", "[\"seed-baseline\"]", "\"Seed baseline\"", "\"\""})
    void aPresetThisReleaseDoesNotShipIsAWarningNamingTheFieldAndRecordsNone(String value) throws Exception {
        ScenarioReader.Loaded loaded = read(seedWith("  \"preset\": " + value + ",\n"));

        assertThat(loaded.scenario().preset()).isNull();
        assertThat(loaded.warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("preset");
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("seed-baseline", "export-ban-stress", "no preset recorded");
        });
    }

    @Test
    void anEditedLeverIsComparedWithTheRecordedPresetAfterSavingAndLoading(@org.junit.jupiter.api.io.TempDir
                                                                               Path dir) throws Exception {
        Scenario edited = reader.readShipped("export-ban-stress").withInvestment("processing", 4.25)
                .withName("My stress case");
        Path file = dir.resolve("mine.json");
        ScenarioWriter.save(file, edited);

        Scenario loaded = reader.read(file).scenario();
        LeverChanges changes = ShippedScenarios.leverChanges(loaded, CATALOG);

        assertThat(loaded).isEqualTo(edited);
        assertThat(changes.presetName()).isEqualTo("Export-ban stress");
        assertThat(changes.changes()).singleElement().satisfies(c -> {
            assertThat(c.focusAreaId()).isEqualTo("processing");
            assertThat(c.scenario().investmentUsdBn()).isEqualTo(4.25);
        });
    }

    @Test
    void aRecordedPresetThisReleaseDoesNotShipIsNotComparedWithAGuess() {
        Scenario unknown = reader.readShipped("seed-baseline").withPreset("retired-preset");
        LeverChanges changes = ShippedScenarios.leverChanges(unknown, CATALOG);
        assertThat(changes.recorded()).isTrue();
        assertThat(changes.compared()).isFalse();
        assertThat(changes.changes()).isEmpty();
    }
}
