package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
    static final Path SEED = Path.of("sample-data/scenarios/seed-baseline.json");
    static final Path NO_INVESTMENT = Path.of("sample-data/scenarios/no-new-investment.json");
    static final List<String> SPEC_SERIES = specSeries();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> specSeries() {
        List<String> ids = new ArrayList<>();
        for (String stage : List.of("mining", "separation", "magnets")) {
            for (String region : List.of("allied", "china", "row")) {
                ids.add(stage + "." + region + ".t");
            }
            ids.add("share.china." + stage);
            ids.add("hhi." + stage);
        }
        ids.addAll(List.of("recycled.allied.t", "recovery.rate", "selfsufficiency.allied", "cost.allied.usdPerKg",
                "cost.china.usdPerKg", "spend.total.usdBn", "spend.cumulative.usdBn", "risk.index", "shortfall.t",
                "stockpile.days"));
        for (String area : List.of("mining", "processing", "rnd", "recycling", "innovation", "regulatory", "trade",
                "stockpile", "monitoring")) {
            ids.add("spend." + area + ".usdBn");
        }
        return ids;
    }

    private JsonNode runToJson(Path scenario, String... extra) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--json", out.toString()));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
        return JSON.readTree(out.toFile());
    }

    private static double[] series(JsonNode result, String id) {
        JsonNode values = result.path("series").path(id);
        return IntStream.range(0, values.size()).mapToDouble(i -> values.get(i).doubleValue()).toArray();
    }

    private static int yearIndex(JsonNode result, int year) {
        return year - result.path("years").get(0).intValue();
    }

    @Test
    void writesEverySpecSeriesWithOneValuePerYearAndTheKpis() throws IOException {
        JsonNode result = runToJson(SEED);

        assertThat(result.path("formatVersion").intValue()).isEqualTo(1);
        assertThat(result.path("scenario").textValue()).isEqualTo("Seed baseline");
        assertThat(result.path("years")).hasSize(16);
        assertThat(result.path("years").get(0).intValue()).isEqualTo(2025);
        assertThat(result.path("years").get(15).intValue()).isEqualTo(2040);
        assertThat(result.has("bands")).isFalse();
        for (String id : SPEC_SERIES) {
            JsonNode values = result.path("series").path(id);
            assertThat(values.isArray()).as(id).isTrue();
            assertThat(values).as(id).hasSize(16).allMatch(JsonNode::isNumber);
        }
        assertThat(result.path("bottleneck")).hasSize(16).allMatch(JsonNode::isTextual);
        JsonNode kpis = result.path("kpis");
        assertThat(kpis.path("targetYear").intValue()).isEqualTo(2030);
        for (String id : List.of("share.china.separation", "selfsufficiency.allied", "cost.allied.usdPerKg",
                "spend.cumulative.usdBn", "risk.index", "stress.shortfall.t")) {
            JsonNode kpi = kpis.path(id);
            assertThat(kpi.path("year").intValue()).as(id).isEqualTo(2030);
            assertThat(kpi.path("value").isNumber()).as(id).isTrue();
            assertThat(kpi.path("baseline").isNumber()).as(id).isTrue();
            assertThat(kpi.path("change").doubleValue()).as(id)
                    .isCloseTo(kpi.path("value").doubleValue() - kpi.path("baseline").doubleValue(),
                            org.assertj.core.data.Offset.offset(1e-9));
            assertThat(kpi.path("unit").isTextual()).as(id).isTrue();
        }
        assertThat(kpis.path("bottleneckStage").textValue()).isIn("mining", "separation", "magnets");
        assertThat(kpis.path("npv.spend.usdBn").isNumber()).isTrue();
        assertThat(kpis.has("costEffectiveness.usdPerTonnePerYear")).isTrue();
        assertThat(kpis.has("costEffectiveness.usdBnPerPointChinaShare")).isTrue();
    }

    @Test
    void printsTargetYearKpisWithBaselineAndChange() {
        CliRun run = CliRun.of("run", SEED.toString(), "--year", "2035");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Seed baseline")
                .containsPattern("China share of separation 2035: \\d+\\.\\d% \\(baseline \\d+\\.\\d%, ")
                .contains("Allied self-sufficiency");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void setMiningToZeroGivesTheNoNewInvestmentAlliedMineOutput() throws IOException {
        JsonNode overridden = runToJson(SEED, "--set", "mining=0");
        JsonNode none = runToJson(NO_INVESTMENT);

        // China's and the rest of the world's mine output move with the market (R&D and recycling money stay in);
        // allied mine output does not.
        for (String id : List.of("mining.allied.t", "spend.mining.usdBn")) {
            assertThat(series(overridden, id)).as(id).containsExactly(series(none, id));
        }
    }

    @Test
    void zeroForEveryLeverReproducesTheNoNewInvestmentScenario() throws IOException {
        JsonNode overridden = runToJson(SEED, "--set", "mining=0", "--set", "rnd=0", "--set", "recycling=0");
        JsonNode none = runToJson(NO_INVESTMENT);

        assertThat(overridden.path("series")).isEqualTo(none.path("series"));
    }

    @Test
    void moreMiningMoneyRaisesAlliedMineOutputIn2035() throws IOException {
        JsonNode low = runToJson(SEED, "--set", "mining=3.5");
        JsonNode high = runToJson(SEED, "--set", "mining=12");

        int i = yearIndex(low, 2035);
        assertThat(series(high, "mining.allied.t")[i]).isGreaterThan(series(low, "mining.allied.t")[i]);
        assertThat(series(high, "spend.mining.usdBn")).isNotEqualTo(series(low, "spend.mining.usdBn"));
    }

    @Test
    void writesCsvWithTheSameSeriesAsTheJson() throws IOException {
        Path csv = dir.resolve("out.csv");
        CliRun run = CliRun.of("run", SEED.toString(), "--csv", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFseries,label,unit,2025,2026,").endsWith(",2040");
        List<String> ids = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).containsAll(SPEC_SERIES);
    }

    @Test
    void writesTheLongCsvWithScenarioBaselineAndBandsAndRefusesTheSameFileTwice() throws IOException {
        Path csv = dir.resolve("long.csv");
        CliRun run = CliRun.of("run", SEED.toString(), "--csv-long", csv.toString(), "--monte-carlo", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith("year,value,baseline,p10,p50,p90");
        assertThat(lines.get(1)).startsWith("Seed baseline,");
        CliRun twice = CliRun.of("run", SEED.toString(), "--csv", csv.toString(), "--csv-long", csv.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("two output options name the same file");
    }

    @Test
    void replacesAnExistingOutputFile() throws IOException {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old");

        assertThat(CliRun.of("run", SEED.toString(), "--json", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("{");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Nested
    class RefusesBadOverrides {
        @ParameterizedTest
        @ValueSource(strings = {"gold=3", "mining=-1", "mining=NaN", "mining=Infinity", "mining=lots", "mining",
            "mining=", "=3", "mining=100.5", "mining=3,5", "mining=0x10", "mining=3d"})
        void withAMessageNamingTheOption(String value) {
            CliRun run = CliRun.of("run", SEED.toString(), "--set", value).refusedAsBadInput();

            assertThat(run.err()).contains("--set");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void unknownLeverListsTheAllowedIds() {
            CliRun run = CliRun.of("run", SEED.toString(), "--set", "gold=3").refusedAsBadInput();

            assertThat(run.err()).contains("gold").contains("mining, processing, rnd");
        }

        @Test
        void sameLeverTwice() {
            CliRun run = CliRun.of("run", SEED.toString(), "--set", "mining=3", "--set", "mining=4")
                    .refusedAsBadInput();

            assertThat(run.err()).contains("--set").contains("mining");
        }
    }

    @Nested
    class RefusesBadRequests {
        @Test
        void jsonIntoAMissingFolderWritesNothing() {
            Path out = dir.resolve("missing").resolve("out.json");

            CliRun run = CliRun.of("run", SEED.toString(), "--json", out.toString()).refusedAsBadInput();

            assertThat(run.err()).contains("--json").contains(out.toString());
            assertThat(out).doesNotExist();
            assertThat(out.getParent()).doesNotExist();
        }

        @Test
        void csvOntoAFolder() {
            CliRun run = CliRun.of("run", SEED.toString(), "--csv", dir.toString()).refusedAsBadInput();

            assertThat(run.err()).contains("--csv").contains("folder");
        }

        @Test
        void outputOverTheScenarioItself() throws IOException {
            Path scenario = Files.copy(SEED, dir.resolve("scenario.json"));
            byte[] before = Files.readAllBytes(scenario);

            CliRun.of("run", scenario.toString(), "--json", scenario.toString()).refusedAsBadInput();

            assertThat(Files.readAllBytes(scenario)).isEqualTo(before);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024", "2041", "soon"})
        void yearOutsideTheHorizon(String year) {
            CliRun run = CliRun.of("run", SEED.toString(), "--year", year).refusedAsBadInput();

            assertThat(run.err()).contains("--year");
        }

        @Test
        void missingScenarioFileNamesTheFile() {
            Path missing = dir.resolve("nope.json");

            CliRun run = CliRun.of("run", missing.toString()).refusedAsBadInput();

            assertThat(run.err()).contains(missing.toString()).contains("no such file");
        }

        @Test
        void brokenScenarioNamesTheField() throws IOException {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, Files.readString(SEED).replace("\"investmentUsdBn\": 3.5",
                    "\"investmentUsdBn\": -3.5"));

            CliRun run = CliRun.of("run", bad.toString()).refusedAsBadInput();

            assertThat(run.err()).contains(bad.toString()).contains("levers.mining.investmentUsdBn");
        }

        @ParameterizedTest
        @ValueSource(strings = {"--monte-carlo", "--seed", "--year"})
        void numericOptionsRefuseText(String option) {
            CliRun run = CliRun.of("run", SEED.toString(), option, "x").refusedAsBadInput();

            assertThat(run.err()).contains(option);
        }

        @Test
        void noScenarioFile() {
            CliRun run = CliRun.of("run").refusedAsBadInput();

            assertThat(run.err()).contains("SCENARIO");
        }
    }
}
