package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;

class ScenarioMigrationTest {
    private final ScenarioReader reader = new ScenarioReader(ModelDataReader.readShipped().focusAreas());

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ScenarioMigrationTest.class.getResourceAsStream("/scenarios/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPreReleaseFileIsUpgradedWithAWarningSayingSo() throws Exception {
        ScenarioReader.Loaded loaded = reader.read("prerelease-v0.json", resource("prerelease-v0.json"));

        Scenario s = loaded.scenario();
        assertThat(s.name()).isEqualTo("Pre-release draft");
        assertThat(s.endYear()).as("horizon 11 years from 2025").isEqualTo(2035);
        assertThat(s.demandCase()).isEqualTo(DemandCase.HIGH);
        assertThat(s.levers()).containsOnlyKeys("mining", "rnd", "recycling");
        assertThat(s.lever("mining")).isEqualTo(Lever.of(3.5));
        assertThat(s.disruption()).isEqualTo(DisruptionEvent.NONE);
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.path()).isEqualTo("formatVersion");
            assertThat(w.message()).contains("version 0").contains("upgraded");
        });
    }

    @Test
    void anUpgradedFileIsSavedInTheCurrentLayoutAndThenReadsWithoutWarnings() throws Exception {
        Scenario upgraded = reader.read("v0", resource("prerelease-v0.json")).scenario();

        byte[] saved = ScenarioWriter.toBytes(upgraded);
        ScenarioReader.Loaded again = reader.read("v1", saved);

        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"formatVersion\": 1")
                .contains("\"endYear\": 2035").doesNotContain("\"horizon\"");
        assertThat(again.warnings()).isEmpty();
        assertThat(again.scenario()).isEqualTo(upgraded);
    }

    @Test
    void anExplicitVersionZeroIsUpgradedToo() throws Exception {
        String json = "{\"formatVersion\": 0, \"name\": \"Zero\", \"levers\": {\"processing\": 2}}";

        ScenarioReader.Loaded loaded = reader.read("zero.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.scenario().endYear()).as("default horizon 16 years").isEqualTo(2040);
        assertThat(loaded.scenario().lever("processing").investmentUsdBn()).isEqualTo(2.0);
        assertThat(loaded.warnings()).extracting(Problem::path).containsExactly("formatVersion");
    }

    @Test
    void versionOneFieldsInAVersionZeroFileAreUnknownThere() throws Exception {
        String json = "{\"name\": \"Mixed\", \"horizon\": 16, \"levers\": {}, \"disruption\": {\"enabled\": true}}";

        ScenarioReader.Loaded loaded = reader.read("mixed.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.warnings()).extracting(Problem::path).containsExactly("formatVersion", "disruption");
        assertThat(loaded.scenario().disruption().enabled()).isFalse();
    }

    @Test
    void problemsInAVersionZeroFileAreReportedAtThePathsAsWritten() {
        String json = "{\"name\": \"Bad\", \"horizon\": 3, \"levers\": {\"mining\": -2, \"rnd\": \"x\"}}";

        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.read("bad-v0.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.problems()).filteredOn(Problem::isError).extracting(Problem::path)
                .containsExactlyInAnyOrder("horizon", "levers.mining", "levers.rnd");
    }

    @Test
    void aFileWithoutVersionThatDoesNotLookPreReleaseIsAnError() {
        String json = "{\"name\": \"No version\", \"endYear\": 2040, \"levers\": {}}";

        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.read("nov.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("formatVersion");
    }
}
