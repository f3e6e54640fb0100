package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision-analysis commands: run with Monte Carlo bands, optimize (split and goal seek), bench. */
class AnalysisCommandsTest {
    private static final String SEED = "sample-data/scenarios/seed-baseline.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void runWithMonteCarloAddsOrderedBandsForEverySeriesToTheJson() throws IOException {
        Path out = dir.resolve("mc.json");
        CliRun run = CliRun.of("run", SEED, "--monte-carlo", "400", "--seed", "9", "--json", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Uncertainty 2030 (400 Monte Carlo runs, seed 9)");
        JsonNode root = JSON.readTree(out.toFile());
        JsonNode bands = root.get("bands");
        assertThat(root.get("monteCarlo").get("runs").asInt()).isEqualTo(400);
        root.get("series").fieldNames().forEachRemaining(id -> {
            JsonNode band = bands.get(id);
            assertThat(band).as(id).isNotNull();
            for (int i = 0; i < 16; i++) {
                assertThat(band.get("p10").get(i).asDouble()).isLessThanOrEqualTo(band.get("p50").get(i).asDouble());
                assertThat(band.get("p50").get(i).asDouble()).isLessThanOrEqualTo(band.get("p90").get(i).asDouble());
            }
        });
    }

    @Test
    void theSameSeedWritesTheSameBands() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CliRun.of("run", SEED, "--monte-carlo", "300", "--seed", "5", "--json", a.toString());
        CliRun.of("run", SEED, "--monte-carlo", "300", "--seed", "5", "--json", b.toString());
        assertThat(JSON.readTree(a.toFile()).get("bands")).isEqualTo(JSON.readTree(b.toFile()).get("bands"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100001", "-3", "many"})
    void aMonteCarloRunCountOutsideItsRangeIsBadInput(String runs) {
        CliRun.of("run", SEED, "--monte-carlo", runs).refusedAsBadInput();
    }

    @Test
    void optimizeWritesTheObjectiveValueAndAnAllocationThatSpendsTheBudget() throws IOException {
        Path out = dir.resolve("opt.json");
        CliRun run = CliRun.of("optimize", SEED, "--budget", "8", "--objective", "share.china.separation@2032",
                "--json", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(out.toFile());
        double total = 0;
        for (JsonNode v : root.get("allocation")) {
            total += v.asDouble();
        }
        assertThat(total).isCloseTo(8, within(1e-6));
        assertThat(root.get("objective").get("value").asDouble())
                .isLessThanOrEqualTo(root.get("objective").get("ownSplitValue").asDouble());
        assertThat(root.get("allocation").get("processing").asDouble()).as("plants cut China's separation share")
                .isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "-1", "1201", "NaN", "Infinity"})
    void optimizeRefusesABudgetNoSplitCouldHoldInOneShortLine(String budget) {
        CliRun run = CliRun.of("optimize", SEED, "--budget", budget, "--objective", "share.china.separation@2032")
                .refusedAsBadInput();

        assertThat(run.err().lines().findFirst().orElseThrow()).contains("--budget: found ")
                .contains("allowed USD bn from 0 to 1200").hasSizeLessThan(160);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "-1e13", "NaN", "Infinity"})
    void optimizeRefusesATargetBeyondAnySeriesRange(String target) {
        CliRun run = CliRun.of("optimize", SEED, "--target", target, "--objective", "share.china.separation@2032")
                .refusedAsBadInput();

        assertThat(run.err()).contains("--target: found ").contains("allowed a number from -1e12 to 1e12");
    }

    @Test
    void optimizeWithATargetFindsTheLeastBudgetOrSaysItIsOutOfReach() throws IOException {
        Path out = dir.resolve("seek.json");
        CliRun reachable = CliRun.of("optimize", SEED, "--target", "0.8", "--objective",
                "share.china.separation@2032", "--json", out.toString());
        assertThat(reachable.exitCode()).as(reachable.err()).isZero();
        assertThat(reachable.out()).contains("Least budget");
        JsonNode root = JSON.readTree(out.toFile());
        assertThat(root.get("goalSeek").get("reachable").asBoolean()).isTrue();
        assertThat(root.get("objective").get("value").asDouble()).isLessThanOrEqualTo(0.8);

        CliRun unreachable = CliRun.of("optimize", SEED, "--target", "0.05", "--objective",
                "share.china.separation@2032");
        assertThat(unreachable.exitCode()).isZero();
        assertThat(unreachable.out()).contains("Not reachable within the bounds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--objective=share.china.separation", "--objective=no.such@2030",
        "--objective=share.china.separation@2090", "--bound=gold=1:2", "--bound=mining=5:1", "--bound=mining=a:b",
        "--budget=-1", "--budget=500"})
    void optimizeRefusesBadOptionsWithAMessage(String option) {
        String[] args = option.startsWith("--objective") ? new String[] {"optimize", SEED, "--budget", "5", option}
                : option.startsWith("--budget") ? new String[] {"optimize", SEED, option, "--objective",
                    "risk.index@2030"}
                : new String[] {"optimize", SEED, "--budget", "5", "--objective", "risk.index@2030", option};
        CliRun run = CliRun.of(args).refusedAsBadInput();
        assertThat(run.err()).containsAnyOf("--objective", "--bound", "budget");
    }

    @Test
    void optimizeNeedsExactlyOneOfBudgetOrTarget() {
        CliRun.of("optimize", SEED, "--objective", "risk.index@2030").refusedAsBadInput();
        CliRun.of("optimize", SEED, "--objective", "risk.index@2030", "--budget", "2", "--target", "0.5")
                .refusedAsBadInput();
    }

    @Test
    void benchReportsEveryKeyAsJson() throws IOException {
        Path out = dir.resolve("bench.json");
        // No window start-ups here: a test must not open windows on a developer's display.
        CliRun run = CliRun.of("bench", "--model-runs", "200", "--mc-runs", "100", "--repeats", "1",
                "--startup-runs", "0", "--json", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(Files.readString(out));
        assertThat(root.has("modelRunMicros")).isTrue();
        assertThat(root.get("modelRunMicros").asDouble()).isPositive();
        assertThat(root.get("monteCarlo10kMillis").asDouble()).isPositive();
        assertThat(root.get("monteCarloScaled").asBoolean()).isTrue();
        assertThat(root.has("xlsxExportMillis")).isTrue();
        assertThat(root.has("startupMillis")).isTrue();
        assertThat(root.get("startupMillis").isNull()).as("not measured, so null rather than a made-up 0").isTrue();
        assertThat(root.get("startupNote").asText()).isEqualTo("not measured (--startup-runs 0)");
        assertThat(JSON.readTree(run.out())).isEqualTo(root);
    }
}
