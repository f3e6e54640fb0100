package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.Recovery;
import org.reeplanner.io.RecoveryFiles;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.Shipped;

class RecoveryOfferTest {
    private static final ScenarioReader READER = new ScenarioReader(Shipped.DATA.focusAreas());
    /** No process has this id (ids stay below 2^22 on Linux). */
    static final String DEAD_PROCESS = "recovery-2147483000.json";

    @TempDir
    Path config;

    /** What a planner killed with -9 leaves: its recovery file, never removed. */
    private Scenario crashWithUnsavedWork() throws Exception {
        Scenario work = Shipped.scenario("seed-baseline").withInvestment("processing", 4).withName("Unsaved plan");
        RecoveryFiles crashed = new RecoveryFiles(config, READER);
        crashed.write(new Recovery(work, Path.of("/plans/plan.json"), Instant.parse("2026-05-01T08:00:00Z")));
        Files.move(crashed.ownFile(), config.resolve(DEAD_PROCESS));
        crashed.deleteOwn();
        return work;
    }

    @Test
    void workLeftByACrashIsFoundRestoredAsUnsavedAndItsFileRemoved() throws Exception {
        Scenario work = crashWithUnsavedWork();
        RecoveryOffer offer = new RecoveryOffer(new RecoveryFiles(config, READER));
        ScenarioDocument document = new ScenarioDocument(Shipped.session("seed-baseline"), null);

        RecoveryOffer.Found found = offer.find().orElseThrow();
        offer.restore(found, document);
        offer.discard(found);

        assertThat(found.describe(ZoneOffset.UTC))
                .isEqualTo("\u201cUnsaved plan\u201d (plan.json), last kept 1 May 2026, 08:00");
        assertThat(document.scenario()).isEqualTo(work);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).isEqualTo(Path.of("/plans/plan.json"));
        assertThat(found.file()).doesNotExist();
        assertThat(offer.find()).isEmpty();
    }

    @Test
    void nothingIsOfferedAfterACleanExit() throws Exception {
        RecoveryFiles files = new RecoveryFiles(config, READER);
        files.write(new Recovery(Shipped.scenario("seed-baseline"), null, Instant.now()));
        files.deleteOwn();

        assertThat(new RecoveryOffer(new RecoveryFiles(config, READER)).find()).isEmpty();
    }

    @Test
    void anUnreadableRecoveryFileIsSkippedAndKept() throws Exception {
        Path damaged = Files.writeString(config.resolve(DEAD_PROCESS), "{\"formatVersion\": 1, \"sa");

        assertThat(new RecoveryOffer(new RecoveryFiles(config, READER)).find()).isEmpty();
        assertThat(damaged).exists();
    }
}
