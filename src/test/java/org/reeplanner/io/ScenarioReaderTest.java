package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;

class ScenarioReaderTest {
    private final ScenarioReader reader = new ScenarioReader(ModelDataReader.readShipped().focusAreas());

    @Test
    void reportsEveryProblemOfAFileAtOnceEachWithItsPath() {
        String json = """
                {"formatVersion": 1, "name": "x", "endYear": 2070, "extra": 1,
                 "levers": {"mining": {"investmentUsdBn": "lots", "startYear": 2019}, "gold": 1,
                            "rnd": -Infinity},
                 "disruption": {"severity": NaN}}""";
        InputException e = catchInput(json);
        assertThat(e.source()).isEqualTo("bad.json");
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("endYear",
                "levers.mining.investmentUsdBn", "levers.mining.startYear", "levers.gold", "levers.rnd",
                "disruption.severity", "extra");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("extra")).first()
                .extracting(Problem::isError).isEqualTo(false);
        assertThat(e.getMessage())
                .contains("disruption.severity: found NaN (not a number); allowed a number from 0 to 1");
        assertThat(e.getMessage()).contains("levers.mining.startYear: found 2019; allowed a whole number from 2025");
    }

    @Test
    void optionalFieldsTakeTheirDocumentedDefaults() throws InputException {
        Scenario s = reader.read("min.json", bytes("{\"formatVersion\": 1, \"name\": \"Minimal\", "
                + "\"levers\": {\"mining\": 2.5}}")).scenario();
        assertThat(s.endYear()).isEqualTo(Scenario.DEFAULT_END_YEAR);
        assertThat(s.demandCase()).isEqualTo(DemandCase.BASE);
        assertThat(s.lever("mining").investmentUsdBn()).isEqualTo(2.5);
        assertThat(s.lever("mining").startYear()).isEqualTo(2025);
        assertThat(s.disruption().enabled()).isFalse();
    }

    @Test
    void unknownFieldsAreWarningsNotErrors() throws InputException {
        ScenarioReader.Loaded loaded = reader.read("w.json", bytes("{\"formatVersion\": 1, \"name\": \"W\", "
                + "\"levers\": {}, \"colour\": \"blue\"}"));
        assertThat(loaded.warnings()).extracting(Problem::path).containsExactly("colour");
    }

    @Test
    void aFileFromANewerReleaseIsRefusedWithThatReason() {
        InputException e = catchInput("{\"formatVersion\": 7, \"name\": \"N\", \"levers\": {}}");
        assertThat(e.getMessage()).contains("written by a newer release");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        InputException e = catchInput("{\"formatVersion\": 1,\n \"name\": \"x\", \"levers\": {\"mining\": 3,}}");
        assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("line 2, column 38");
    }

    @Test
    void binaryEmptyAndNonUtf8FilesAreRefusedBeforeParsing() {
        assertThat(catchInput(new byte[0]).getMessage()).contains("an empty file");
        assertThat(catchInput(new byte[] {'{', 0, '}'}).getMessage()).contains("binary data");
        assertThat(catchInput(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}).getMessage())
                .contains("not UTF-8");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        assertThat(catchInput(deep).getMessage()).contains("nesting");
    }

    private InputException catchInput(String json) {
        return catchInput(bytes(json));
    }

    private InputException catchInput(byte[] content) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read("bad.json", content));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
