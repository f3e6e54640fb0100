package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;

class RecoveryFilesTest {
    private static final ScenarioReader READER = new ScenarioReader(ModelDataReader.readShipped().focusAreas());
    private static final Scenario EDITED = READER.readShipped("seed-baseline").withInvestment("mining", 7.25)
            .withName("Seed baseline, more mining");
    private static final Instant WHEN = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    Path dir;

    private RecoveryFiles process(long pid, Set<Long> running) {
        return new RecoveryFiles(dir.resolve("config"), READER, pid, running::contains);
    }

    @Test
    void writesAndReadsBackTheWorkWithItsSourceFileAndTime() throws Exception {
        RecoveryFiles files = process(42, Set.of(42L));
        Path source = dir.resolve("plan.json");

        files.write(new Recovery(EDITED, source, WHEN));
        Recovery back = files.read(files.ownFile());

        assertThat(files.ownFile().getFileName().toString()).isEqualTo("recovery-42.json");
        assertThat(back).isEqualTo(new Recovery(EDITED, source.toAbsolutePath(), WHEN));
        assertThat(Files.readString(files.ownFile())).startsWith("{\n  \"formatVersion\": 1,\n  \"savedAt\": ")
                .contains("\"scenario\": {\n    \"formatVersion\": 1,");
    }

    @Test
    void aScenarioNeverSavedHasNoSourceFile() throws Exception {
        RecoveryFiles files = process(42, Set.of(42L));

        files.write(new Recovery(EDITED, null, WHEN));

        assertThat(files.read(files.ownFile()).sourceFile()).isNull();
    }

    @Test
    void aFileLeftByAProcessThatIsGoneIsOfferedButNotOneOfARunningPlanner() throws Exception {
        process(7, Set.of()).write(new Recovery(EDITED, null, WHEN));
        process(8, Set.of()).write(new Recovery(EDITED, null, WHEN));

        RecoveryFiles now = process(42, Set.of(8L, 42L));

        assertThat(now.leftBehind()).extracting(p -> p.getFileName().toString()).containsExactly("recovery-7.json");
    }

    @Test
    void ownFilesAreNotLeftBehindButAStaleFileWithOurIdFromAnEarlierBootIs() throws Exception {
        RecoveryFiles earlierBoot = process(7, Set.of());
        earlierBoot.write(new Recovery(EDITED, null, WHEN));
        RecoveryFiles now = process(42, Set.of(42L));
        Files.move(earlierBoot.ownFile(), now.ownFile());

        assertThat(now.leftBehind()).hasSize(1);
        now.write(new Recovery(EDITED, null, WHEN));
        assertThat(now.leftBehind()).isEmpty();
        assertThat(process(42, Set.of(42L)).leftBehind()).as("another instance in this process").isEmpty();
    }

    @Test
    void newestFirstAndOtherFilesIgnored() throws Exception {
        process(1, Set.of()).write(new Recovery(EDITED, null, WHEN));
        process(2, Set.of()).write(new Recovery(EDITED, null, WHEN));
        Files.setLastModifiedTime(dir.resolve("config/recovery-1.json"), FileTime.fromMillis(2_000_000_000_000L));
        Files.setLastModifiedTime(dir.resolve("config/recovery-2.json"), FileTime.fromMillis(1_000_000_000_000L));
        Files.writeString(dir.resolve("config/recovery-x.json"), "{}");
        Files.writeString(dir.resolve("config/recent-files.json"), "{}");

        assertThat(process(42, Set.of()).leftBehind()).extracting(p -> p.getFileName().toString())
                .containsExactly("recovery-1.json", "recovery-2.json");
    }

    @Test
    void deleteOwnRemovesOnlyOurFile() throws Exception {
        RecoveryFiles other = process(7, Set.of());
        other.write(new Recovery(EDITED, null, WHEN));
        RecoveryFiles own = process(42, Set.of(42L));
        own.write(new Recovery(EDITED, null, WHEN));

        own.deleteOwn();

        assertThat(own.ownFile()).doesNotExist();
        assertThat(other.ownFile()).exists();
    }

    @Test
    void noConfigFolderMeansNothingLeftBehind() {
        assertThat(process(42, Set.of()).leftBehind()).isEmpty();
    }

    @Test
    void aDamagedRecoveryFileIsReportedWithPathsInsideTheScenario() throws IOException {
        RecoveryFiles files = process(42, Set.of());
        Files.createDirectories(files.ownFile().getParent());
        Files.writeString(files.ownFile(), "{\"formatVersion\": 1, \"savedAt\": \"2026-03-01T10:15:30Z\", "
                + "\"scenario\": {\"formatVersion\": 1, \"name\": \"x\", \"levers\": {\"mining\": -1}}}");

        InputException e = catchThrowableOfType(InputException.class, () -> files.read(files.ownFile()));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("scenario.levers.mining");
    }

    @Test
    void aBadTimeIsReported() throws IOException {
        RecoveryFiles files = process(42, Set.of());
        Files.createDirectories(files.ownFile().getParent());
        Files.writeString(files.ownFile(), "{\"formatVersion\": 1, \"savedAt\": \"yesterday\", \"scenario\": {}}");

        InputException e = catchThrowableOfType(InputException.class, () -> files.read(files.ownFile()));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("savedAt");
    }
}
