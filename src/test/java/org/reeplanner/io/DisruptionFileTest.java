package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;

/** The disruption's v2 fields in scenario files: old files read as the full embargo, new ones round-trip. */
class DisruptionFileTest {
    private static final ModelData DATA = ModelDataReader.readShipped();
    private final ScenarioReader reader = new ScenarioReader(DATA.focusAreas());

    @TempDir
    Path dir;

    @Test
    void aFileWrittenBeforeModelV2ReadsAsTheFullEmbargoAndIsWrittenBackUnchanged() throws Exception {
        Path old = dir.resolve("old.json");
        String text = """
                {"formatVersion": 1, "name": "Old", "endYear": 2040, "demandCase": "base",
                 "levers": {"mining": {"investmentUsdBn": 1}},
                 "disruption": {"enabled": true, "startYear": 2027, "months": 6, "severity": 0.74}}""";
        Files.writeString(old, text);
        Scenario s = reader.read(old).scenario();
        assertThat(s.disruption()).isEqualTo(new DisruptionEvent(true, 2027, 6, 0.74));
        assertThat(s.disruption().target()).isEqualTo(DisruptionTarget.ALL_OXIDE);
        Path again = dir.resolve("again.json");
        ScenarioWriter.save(again, s);
        assertThat(Files.readString(again)).doesNotContain("target").doesNotContain("profile")
                .doesNotContain("startMonth");
    }

    @Test
    void aProfiledRestrictionRoundTrips() throws Exception {
        Scenario replay = reader.readShipped("china-controls-2025-replay");
        Path file = dir.resolve("replay.json");
        ScenarioWriter.save(file, replay);
        assertThat(reader.read(file).scenario()).isEqualTo(replay);
        assertThat(Files.readString(file)).contains("\"target\": \"heavyAndMagnets\"").contains("\"startMonth\": 4");
    }

    @Test
    void anUnknownTargetOrAShareAboveOneIsRefusedWithItsPath() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"formatVersion": 1, "name": "Bad", "endYear": 2040, "demandCase": "base", "levers": {},
                 "disruption": {"enabled": true, "startYear": 2027, "target": "gallium", "startMonth": 13,
                                "profile": [0.5, 1.5]}}""");
        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(bad));
        assertThat(e.problems()).filteredOn(Problem::isError).extracting(Problem::path)
                .contains("disruption.target", "disruption.startMonth", "disruption.profile[1]");
    }
}
