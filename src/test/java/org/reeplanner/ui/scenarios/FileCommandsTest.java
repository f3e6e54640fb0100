package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.RecentFilesStore;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.ScenarioWriter;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;

class FileCommandsTest {
    private static final ScenarioReader READER = new ScenarioReader(Shipped.DATA.focusAreas());

    @TempDir
    Path dir;

    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final Scenario seed = session.scenario();
    private final ScenarioDocument document = new ScenarioDocument(session, null);
    private final StubPrompts prompts = new StubPrompts();
    private FileCommands.Saver saver = ScenarioWriter::save;
    private RecentFiles recent;

    /** Answers the questions in the order given and records what was shown. */
    static final class StubPrompts implements FilePrompts {
        static final Object CANCEL_DESCRIBE = new Object();
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<Problem> problemsShown = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<ScenarioText> described = new ArrayList<>();

        /** The answer queued for it when there is one, else the suggestion as it is (OK without changes). */
        @Override
        public Optional<ScenarioText> describe(String title, ScenarioText current) {
            described.add(current);
            if (answers.peek() instanceof ScenarioText answer) {
                answers.pop();
                return Optional.of(answer);
            }
            if (answers.peek() == CANCEL_DESCRIBE) {
                answers.pop();
                return Optional.empty();
            }
            return Optional.of(current);
        }

        @Override
        public Unsaved askUnsaved(String name, String action) {
            asked.add("unsaved " + name + " before " + action);
            return (Unsaved) answers.pop();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<Path> chooseFileToOpen(Path folder) {
            asked.add("open");
            return (Optional<Path>) answers.pop();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
            asked.add("save as " + suggestedName);
            return (Optional<Path>) answers.pop();
        }

        @Override
        public boolean confirmReplace(Path file) {
            asked.add("replace " + file.getFileName());
            return (Boolean) answers.pop();
        }

        @Override
        public void showProblems(String title, String file, List<Problem> problems) {
            asked.add("problems in " + file);
            problemsShown.addAll(problems);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    }

    private FileCommands commands() {
        recent = new RecentFiles(new RecentFilesStore(dir.resolve("config")), Runnable::run, Runnable::run);
        return new FileCommands(document, READER, (f, s) -> saver.save(f, s), recent, prompts,
                BackgroundTasks.sameThread());
    }

    private Path saved(String name, Scenario s) throws IOException {
        Path file = dir.resolve(name);
        ScenarioWriter.save(file, s);
        return file;
    }

    @Test
    void openingAValidFileShowsItCleanAndRemembersIt() throws Exception {
        Path file = saved("stress.json", Shipped.scenario("export-ban-stress"));
        FileCommands commands = commands();
        prompts.answers.add(Optional.of(file));

        commands.open();

        assertThat(document.scenario()).isEqualTo(Shipped.scenario("export-ban-stress"));
        assertThat(document.file()).isEqualTo(file);
        assertThat(document.isDirty()).isFalse();
        assertThat(recent.files()).containsExactly(file);
        assertThat(commands.messageProperty().get()).isEqualTo("Opened stress.json");
    }

    @Test
    void openingABrokenFileListsEveryProblemAndKeepsTheCurrentScenario() throws Exception {
        document.edit(s -> s.withInvestment("mining", 6));
        Scenario before = document.scenario();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"name\": 3, "
                + "\"endYear\": 2070, \"levers\": {\"mining\": -1}}");
        FileCommands commands = commands();
        prompts.answers.add(FilePrompts.Unsaved.DISCARD);
        prompts.answers.add(Optional.of(broken));

        commands.open();

        assertThat(prompts.problemsShown).extracting(Problem::path).containsExactlyInAnyOrder("name", "endYear",
                "levers.mining");
        assertThat(document.scenario()).isEqualTo(before);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.canUndoProperty().get()).as("history kept").isTrue();
        assertThat(commands.busyProperty().get()).isFalse();
    }

    @Test
    void openingAPreReleaseFileSaysItWasUpgraded() throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), "{\"name\": \"Old\", \"horizon\": 16, "
                + "\"levers\": {\"mining\": 2}}");
        FileCommands commands = commands();

        commands.openRecent(old);

        assertThat(document.scenario().name()).isEqualTo("Old");
        assertThat(commands.messageProperty().get()).contains("Opened old.json").contains("upgraded");
    }

    @Test
    void aRecentFileThatIsGoneIsDroppedFromTheList() throws Exception {
        Path file = saved("gone.json", seed);
        FileCommands commands = commands();
        commands.openRecent(file);
        Files.delete(file);

        commands.openRecent(file);

        assertThat(recent.files()).isEmpty();
        assertThat(prompts.problemsShown).extracting(Problem::found).containsExactly("no such file");
    }

    @Nested
    class Saving {
        @Test
        void saveWithoutAFileAsksWhereAndAddsTheExtension() throws Exception {
            document.edit(s -> s.withInvestment("mining", 6).withName("Seed baseline, more mining"));
            FileCommands commands = commands();
            prompts.answers.add(Optional.of(dir.resolve("plan")));

            commands.save();

            assertThat(prompts.asked).containsExactly("save as seed-baseline-more-mining.json");
            Path file = dir.resolve("plan.json");
            assertThat(READER.read(file).scenario()).isEqualTo(document.scenario());
            assertThat(document.file()).isEqualTo(file);
            assertThat(document.isDirty()).isFalse();
            assertThat(document.displayName().getValue()).isEqualTo("Seed baseline, more mining");
        }

        @Test
        void saveAsAsksForNameAndDescriptionFirstFlagsAStaleOneAndSavesBoth() throws Exception {
            document.edit(s -> s.withInvestment("processing", 5));
            FileCommands commands = commands();
            prompts.answers.add(new ScenarioText("Processing push", "Seed levers plus $5bn of processing", false));
            prompts.answers.add(Optional.of(dir.resolve("push.json")));

            commands.saveAs();

            assertThat(prompts.described).singleElement().satisfies(asked -> {
                assertThat(asked.name()).isEqualTo("Seed baseline");
                assertThat(asked.description()).isEqualTo(seed.description());
                assertThat(asked.stale()).as("the levers moved since the description was written").isTrue();
            });
            assertThat(prompts.asked).containsExactly("save as processing-push.json");
            Scenario written = READER.read(dir.resolve("push.json")).scenario();
            assertThat(written.name()).isEqualTo("Processing push");
            assertThat(written.description()).isEqualTo("Seed levers plus $5bn of processing");
            assertThat(document.text().stale()).isFalse();
        }

        @Test
        void cancellingTheNameAndDescriptionSavesNothing() {
            FileCommands commands = commands();
            prompts.answers.add(StubPrompts.CANCEL_DESCRIBE);

            commands.saveAs();

            assertThat(prompts.asked).isEmpty();
            assertThat(document.file()).isNull();
        }

        @Test
        void renameChangesNameAndDescriptionInOneUndoableStep() {
            FileCommands commands = commands();
            prompts.answers.add(new ScenarioText("Seed, reworded", "The seed's levers, described anew", false));

            commands.rename();

            assertThat(document.scenario().name()).isEqualTo("Seed, reworded");
            assertThat(document.scenario().description()).isEqualTo("The seed's levers, described anew");
            document.undo();
            assertThat(document.scenario()).isEqualTo(seed);
        }

        @Test
        void saveToTheDocumentsFileAsksNothing() throws Exception {
            Path file = saved("plan.json", seed);
            FileCommands commands = commands();
            commands.openRecent(file);
            document.edit(s -> s.withInvestment("rnd", 2));

            commands.save();

            assertThat(prompts.asked).isEmpty();
            assertThat(READER.read(file).scenario().lever("rnd").investmentUsdBn()).isEqualTo(2);
        }

        @Test
        void aFailedSaveSaysSoKeepsTheFileAndStaysDirty() throws Exception {
            Path file = saved("plan.json", seed);
            byte[] before = Files.readAllBytes(file);
            FileCommands commands = commands();
            commands.openRecent(file);
            document.edit(s -> s.withInvestment("rnd", 2));
            saver = (f, s) -> {
                throw new IOException("cannot write " + f + ": No space left on device");
            };

            commands.save();

            assertThat(prompts.errors).singleElement().asString().contains("No space left on device")
                    .contains("earlier version of the file is unchanged");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(document.isDirty()).isTrue();
            assertThat(commands.messageProperty().get()).startsWith("Not saved");
        }

        @Test
        void addingTheExtensionNeverReplacesAnExistingFileWithoutAsking() throws Exception {
            Path existing = saved("plan.json", seed);
            byte[] before = Files.readAllBytes(existing);
            document.edit(s -> s.withInvestment("rnd", 2));
            FileCommands commands = commands();
            prompts.answers.add(Optional.of(dir.resolve("plan")));
            prompts.answers.add(Boolean.FALSE);

            commands.saveAs();

            assertThat(prompts.asked).containsExactly("save as seed-baseline.json", "replace plan.json");
            assertThat(Files.readAllBytes(existing)).isEqualTo(before);
            assertThat(document.isDirty()).isTrue();

            prompts.answers.add(Optional.of(dir.resolve("plan")));
            prompts.answers.add(Boolean.TRUE);
            commands.saveAs();
            assertThat(READER.read(existing).scenario().lever("rnd").investmentUsdBn()).isEqualTo(2);
        }

        @Test
        void cancellingTheFileChooserSavesNothing() {
            document.edit(s -> s.withInvestment("rnd", 2));
            FileCommands commands = commands();
            prompts.answers.add(Optional.empty());

            commands.saveAs();

            assertThat(document.isDirty()).isTrue();
        }
    }

    @Nested
    class UnsavedChanges {
        @Test
        void cleanDocumentsCloseWithoutAsking() {
            List<String> closed = new ArrayList<>();

            commands().requestClose(() -> closed.add("closed"));

            assertThat(closed).containsExactly("closed");
            assertThat(prompts.asked).isEmpty();
        }

        @Test
        void cancelKeepsTheWindowOpen() {
            document.edit(s -> s.withInvestment("rnd", 2));
            prompts.answers.add(FilePrompts.Unsaved.CANCEL);
            List<String> closed = new ArrayList<>();

            commands().requestClose(() -> closed.add("closed"));

            assertThat(closed).isEmpty();
            assertThat(prompts.asked).containsExactly("unsaved Seed baseline before close the planner");
        }

        @Test
        void saveThenCloseClosesOnlyAfterASuccessfulSave() {
            document.edit(s -> s.withInvestment("rnd", 2));
            FileCommands commands = commands();
            List<String> closed = new ArrayList<>();
            saver = (f, s) -> {
                throw new IOException("disk full");
            };
            prompts.answers.add(FilePrompts.Unsaved.SAVE);
            prompts.answers.add(Optional.of(dir.resolve("a.json")));
            commands.requestClose(() -> closed.add("closed"));
            assertThat(closed).isEmpty();

            saver = ScenarioWriter::save;
            prompts.answers.add(FilePrompts.Unsaved.SAVE);
            prompts.answers.add(Optional.of(dir.resolve("a.json")));
            commands.requestClose(() -> closed.add("closed"));
            assertThat(closed).containsExactly("closed");
        }

        @Test
        void newFromAPresetAfterDiscardingChanges() {
            document.edit(s -> s.withInvestment("rnd", 2));
            FileCommands commands = commands();
            prompts.answers.add(FilePrompts.Unsaved.DISCARD);
            Presets presets = new Presets(READER);

            commands.newFrom(presets.get("accelerated-allied"));

            assertThat(document.scenario()).isEqualTo(presets.get("accelerated-allied").scenario());
            assertThat(document.file()).isNull();
            assertThat(document.isDirty()).isFalse();
            assertThat(document.canUndoProperty().get()).isFalse();
        }
    }

    @Test
    void suggestedNamesAreSafeFileNames() {
        assertThat(FileCommands.suggestedName("Seed baseline")).isEqualTo("seed-baseline.json");
        assertThat(FileCommands.suggestedName("../../etc/passwd")).isEqualTo("etc-passwd.json");
        assertThat(FileCommands.suggestedName("  ")).isEqualTo("scenario.json");
        assertThat(FileCommands.suggestedName("Ünïcode – 中文")).isEqualTo("ünïcode-中文.json");
    }
}
