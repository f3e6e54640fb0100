package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

class ResultJsonWriterTest {
    private static final ModelData DATA = ModelDataReader.readShipped();
    private static final ImpactModel MODEL = new ImpactModel(DATA);

    @TempDir
    Path dir;

    private static JsonNode parseStrictly(byte[] bytes) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        mapper.disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
        return mapper.readTree(bytes);
    }

    private static Projection run(String stem) {
        return MODEL.run(new ScenarioReader(DATA.focusAreas()).readShipped(stem));
    }

    @Test
    void keepsSeriesOrderAndEveryValueExactly() throws IOException {
        Projection p = run("accelerated-allied");
        KpiSet kpis = KpiSet.of(p, MODEL.run(p.scenario().withoutInvestment()), 2032);

        JsonNode json = parseStrictly(ResultJsonWriter.toBytes(p, kpis));

        List<String> ids = new ArrayList<>();
        json.path("series").fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactlyElementsOf(p.byId().keySet());
        for (Map.Entry<String, double[]> e : p.byId().entrySet()) {
            JsonNode values = json.path("series").path(e.getKey());
            for (int i = 0; i < e.getValue().length; i++) {
                assertThat(values.get(i).doubleValue()).as(e.getKey()).isEqualTo(e.getValue()[i]);
            }
        }
        assertThat(json.path("kpis").path("targetYear").intValue()).isEqualTo(2032);
        assertThat(json.path("kpis").path("risk.index").path("year").intValue()).isEqualTo(2032);
        assertThat(json.path("bottleneck").get(7).textValue()).isEqualTo(p.bottleneck(2032).id());
    }

    @Test
    void namesEveryChangedAssumptionWithItsValueAndSourcedDefault() throws IOException {
        var scenario = new ScenarioReader(DATA.focusAreas()).readShipped("seed-baseline")
                .withAssumption(org.reeplanner.model.Param.DISCOUNT_RATE, 0.07);
        Projection p = MODEL.run(scenario);
        KpiSet kpis = KpiSet.of(p, MODEL.run(scenario.withoutInvestment()), 2030);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        ResultJsonWriter.write(out, p, kpis, null, DATA.parameters());

        JsonNode rate = parseStrictly(out.toByteArray()).path("assumptions").path("finance.discountRate");
        assertThat(rate.path("value").doubleValue()).isEqualTo(0.07);
        assertThat(rate.path("default").doubleValue()).isEqualTo(DATA.parameters().base(org.reeplanner.model.Param
                .DISCOUNT_RATE));
        assertThat(rate.path("source").textValue()).isNotBlank();
        assertThat(parseStrictly(ResultJsonWriter.toBytes(run("seed-baseline"), kpis)).path("assumptions").isEmpty())
                .as("an empty object when nothing changed").isTrue();
    }

    @Test
    void namesThePresetAndEveryLeverOffItOrSaysNoPresetIsRecorded() throws IOException {
        var seed = new ScenarioReader(DATA.focusAreas()).readShipped("seed-baseline");
        var edited = seed.withInvestment("processing", 2.5);
        Projection p = MODEL.run(edited);
        KpiSet kpis = KpiSet.of(p, MODEL.run(edited.withoutInvestment()), 2030);

        JsonNode levers = parseStrictly(ResultJsonWriter.toBytes(p, kpis)).path("leverChanges");

        assertThat(levers.path("preset").textValue()).isEqualTo("seed-baseline");
        assertThat(levers.path("presetName").textValue()).isEqualTo("Seed baseline");
        assertThat(levers.path("changes").size()).isEqualTo(1);
        JsonNode processing = levers.path("changes").path("processing");
        assertThat(processing.path("preset").path("investmentUsdBn").doubleValue()).isZero();
        assertThat(processing.path("scenario").path("investmentUsdBn").doubleValue()).isEqualTo(2.5);
        assertThat(processing.path("scenario").path("startYear").intValue()).isEqualTo(2025);

        Projection unrecorded = MODEL.run(edited.withPreset(null));
        JsonNode none = parseStrictly(ResultJsonWriter.toBytes(unrecorded, kpis)).path("leverChanges");
        assertThat(none.path("preset").isNull()).isTrue();
        assertThat(none.path("note").textValue()).startsWith("no preset recorded");
        assertThat(none.path("changes").isEmpty()).isTrue();
    }

    @Test
    void writesNullForUndefinedCostEffectiveness() throws IOException {
        Projection p = MODEL.run(run("seed-baseline").scenario().withoutInvestment());
        KpiSet kpis = KpiSet.of(p, p, 2030);

        JsonNode json = parseStrictly(ResultJsonWriter.toBytes(p, kpis));

        assertThat(json.path("kpis").get("costEffectiveness.usdPerTonnePerYear").isNull()).isTrue();
        assertThat(json.path("kpis").get("costEffectiveness.usdBnPerPointChinaShare").isNull()).isTrue();
    }

    @Test
    void followsTheHorizonOfTheScenario() throws IOException {
        Scenario longer = run("seed-baseline").scenario().withEndYear(2050);
        Projection p = MODEL.run(longer);
        Path file = dir.resolve("result.json");

        ResultJsonWriter.write(file, p, KpiSet.of(p, MODEL.run(longer.withoutInvestment()), 2050));

        JsonNode json = parseStrictly(java.nio.file.Files.readAllBytes(file));
        assertThat(json.path("years")).hasSize(26);
        assertThat(json.path("series").path("risk.index")).hasSize(26);
    }
}
