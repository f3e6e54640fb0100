package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.RecoveryFiles;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.Shipped;

class AutosaveTest {
    private static final ScenarioReader READER = new ScenarioReader(Shipped.DATA.focusAreas());
    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path config;

    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final ScenarioDocument document = new ScenarioDocument(session, null);
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private RecoveryFiles files;
    private Autosave autosave;

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    private Autosave autosave(Path folder) {
        files = new RecoveryFiles(folder, READER);
        return new Autosave(files, () -> new Autosave.Snapshot(document.scenario(), document.file(),
                document.isDirty()), Runnable::run, io, Clock.fixed(NOW, ZoneOffset.UTC), failures::add);
    }

    private void drain() throws Exception {
        io.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void writesNothingWhileThereAreNoUnsavedChanges() throws Exception {
        autosave = autosave(config);

        autosave.saveNow();
        drain();

        assertThat(files.ownFile()).doesNotExist();
    }

    @Test
    void keepsACopyOfUnsavedWorkThatReadsBack() throws Exception {
        autosave = autosave(config);
        document.edit(s -> s.withInvestment("mining", 6.5));

        autosave.saveNow();
        drain();

        assertThat(files.read(files.ownFile()).scenario()).isEqualTo(document.scenario());
        assertThat(files.read(files.ownFile()).savedAt()).isEqualTo(NOW);
    }

    @Test
    void removesTheCopyOnceTheWorkIsSavedAndOnACleanExit() throws Exception {
        autosave = autosave(config);
        document.edit(s -> s.withInvestment("mining", 6.5));
        autosave.saveNow();
        drain();

        document.markSaved(config.resolve("plan.json"), document.scenario());
        autosave.saveNow();
        drain();
        assertThat(files.ownFile()).doesNotExist();

        document.edit(s -> s.withInvestment("mining", 7));
        autosave.saveNow();
        drain();
        assertThat(files.ownFile()).exists();
        autosave.stopAndClear();
        drain();
        assertThat(files.ownFile()).doesNotExist();
    }

    @Test
    void writesOnTheTimer() throws Exception {
        autosave = autosave(config);
        document.edit(s -> s.withInvestment("mining", 6.5));

        autosave.start(Duration.ofMillis(20));

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Files.exists(files.ownFile()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(files.ownFile()).exists();
    }

    @Test
    void aFailingWriteIsReportedOnceAndNeverThrows() throws Exception {
        Path notAFolder = Files.writeString(config.resolve("file"), "x");
        autosave = autosave(notAFolder.resolve("sub"));
        document.edit(s -> s.withInvestment("mining", 6.5));

        autosave.saveNow();
        document.edit(s -> s.withInvestment("mining", 7));
        autosave.saveNow();
        drain();

        assertThat(failures).singleElement().asString().startsWith("Cannot keep a recovery copy");
    }

    @Test
    void anUnchangedScenarioIsNotWrittenTwice() throws Exception {
        autosave = autosave(config);
        document.edit(s -> s.withInvestment("mining", 6.5));
        autosave.saveNow();
        drain();
        Files.delete(files.ownFile());

        autosave.saveNow();
        drain();

        assertThat(files.ownFile()).doesNotExist();
        Scenario changed = document.scenario().withInvestment("rnd", 2);
        session.setScenario(changed);
        autosave.saveNow();
        drain();
        assertThat(files.read(files.ownFile()).scenario()).isEqualTo(changed);
    }
}
