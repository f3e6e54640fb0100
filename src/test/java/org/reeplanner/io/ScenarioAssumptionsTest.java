package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.AssumptionLimits;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Param;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;

/** The optional {@code assumptions} object of a scenario file: written only when used, read back with validation. */
class ScenarioAssumptionsTest {
    private static final FocusAreaCatalog CATALOG = ModelDataReader.readShipped().focusAreas();
    private final ScenarioReader reader = new ScenarioReader(CATALOG);

    private ScenarioReader.Loaded read(String json) throws InputException {
        return reader.read("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void changedAssumptionsAreWrittenLastByKeyAndReadBackExactly() throws Exception {
        Scenario scenario = reader.readShipped("seed-baseline").withAssumption(Param.CHINA_SEPARATION_GROWTH, 0.012)
                .withAssumption(Param.ALLIED_DEMAND_SHARE, 0.2);
        String json = new String(ScenarioWriter.toBytes(scenario), StandardCharsets.UTF_8);

        assertThat(json).endsWith("  },\n  \"assumptions\": {\n    \"china.separation.growth\": 0.012,\n"
                + "    \"allied.demandShare\": 0.2\n  }\n}\n");
        ScenarioReader.Loaded loaded = read(json);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.scenario()).isEqualTo(scenario);
    }

    @Test
    void aScenarioOnTheDefaultsHasNoAssumptionsField() {
        String json = new String(ScenarioWriter.toBytes(reader.readShipped("seed-baseline")), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("assumptions");
    }

    @Test
    void randomValuesWithinTheLimitsRoundTrip() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            Param p = Param.values()[random.nextInt(Param.values().length)];
            double v = AssumptionLimits.min(p)
                    + random.nextDouble() * (AssumptionLimits.max(p) - AssumptionLimits.min(p));
            Scenario s = reader.readShipped("export-ban-stress").withAssumption(p, v);
            assertThat(read(new String(ScenarioWriter.toBytes(s), StandardCharsets.UTF_8)).scenario()).isEqualTo(s);
        }
    }

    @Test
    void anUnknownParameterIsAWarningAndIgnored() throws Exception {
        ScenarioReader.Loaded loaded = read("{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {},"
                + " \"assumptions\": {\"gold.price\": 3, \"allied.demandShare\": 0.3}}");
        assertThat(loaded.warnings()).extracting(Problem::path).containsExactly("assumptions.gold.price");
        assertThat(loaded.scenario().assumptions()).containsOnlyKeys(Param.ALLIED_DEMAND_SHARE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "\"0.3\"", "null", "true", "[0.3]", "1e400"})
    void aBadValueIsAnErrorAtItsPathWithTheAllowedRange(String value) {
        String json = "{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {}, \"assumptions\": "
                + "{\"allied.demandShare\": " + value + "}}";
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("assumptions.allied.demandShare");
                    assertThat(p.allowed()).isEqualTo("a number from 0 to 1 fraction");
                }));
    }

    @Test
    void assumptionsThatAreNotAnObjectAreAnError() {
        assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {}, \"assumptions\": 3}"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("assumptions"));
    }
}
