package org.reeplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.menu.AppAction;
import org.reeplanner.ui.menu.MenuKind;

/** The Export menu's commands with a stub chooser: what is offered, where, and what happens on cancel. */
class ExportCommandsTest {
    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private boolean replace;

    private final ExportChooser chooser = new ExportChooser() {
        @Override
        public Optional<Path> chooseFile(ExportKind kind, Path folder, String suggestedName) {
            asked.add("file " + kind + " in " + folder.getFileName() + " as " + suggestedName);
            return answer;
        }

        @Override
        public Optional<Path> chooseFolder(ExportKind kind, Path folder, String suggestedName) {
            asked.add("folder " + kind + " in " + folder.getFileName() + " for " + suggestedName);
            return answer;
        }

        @Override
        public boolean confirmReplace(Path file) {
            asked.add("replace " + file.getFileName());
            return replace;
        }
    };

    private ExportViewModel vm() {
        return new ExportViewModel(new ExportService(Shipped.MODEL, ExportViewModelTest.CLOCK),
                () -> ExportViewModelTest.SEED, () -> 2030, BackgroundTasks.sameThread(), ExportViewModelTest.CLOCK,
                dir);
    }

    @Test
    void offersTheSuggestedNameAndRemembersTheFolderForTheNextExport() throws Exception {
        ExportCommands commands = new ExportCommands(vm(), chooser);
        Path reports = Files.createDirectory(dir.resolve("reports"));
        answer = Optional.of(reports.resolve("q4"));

        commands.run(ExportKind.WORKBOOK);
        commands.run(ExportKind.DECK);

        assertThat(asked).containsExactly(
                "file WORKBOOK in " + dir.getFileName() + " as seed-baseline-2026-11-29.xlsx",
                "file DECK in reports as seed-baseline-2026-11-29.pptx");
        assertThat(Files.exists(reports.resolve("q4.xlsx"))).isTrue();
        assertThat(Files.exists(reports.resolve("q4.pptx"))).isTrue();
    }

    @Test
    void replacingAFileOnlyTheAddedExtensionPointsAtIsAskedFirst() throws Exception {
        ExportCommands commands = new ExportCommands(vm(), chooser);
        Path existing = Files.writeString(dir.resolve("q4.csv"), "earlier");
        answer = Optional.of(dir.resolve("q4"));

        commands.run(ExportKind.CSV);
        assertThat(Files.readString(existing)).as("not replaced").isEqualTo("earlier");

        replace = true;
        commands.run(ExportKind.CSV);
        assertThat(Files.readString(existing)).startsWith("\uFEFFseries,");
        assertThat(asked).filteredOn(q -> q.startsWith("replace")).containsExactly("replace q4.csv", "replace q4.csv");
    }

    @Test
    void aNameTheDialogConfirmedIsNotAskedAgain() throws Exception {
        ExportCommands commands = new ExportCommands(vm(), chooser);
        Files.writeString(dir.resolve("q4.csv"), "earlier");
        answer = Optional.of(dir.resolve("q4.csv"));

        commands.run(ExportKind.CSV);

        assertThat(asked).noneMatch(q -> q.startsWith("replace"));
        assertThat(Files.readString(dir.resolve("q4.csv"))).startsWith("\uFEFFseries,");
    }

    @Test
    void theChartsAskForAFolder() {
        ExportCommands commands = new ExportCommands(vm(), chooser);
        answer = Optional.of(dir);

        commands.run(ExportKind.CHARTS);

        assertThat(asked).containsExactly("folder CHARTS in " + dir.getFileName()
                + " for seed-baseline-charts-2026-11-29");
        assertThat(Files.isDirectory(dir.resolve("seed-baseline-charts-2026-11-29"))).isTrue();
    }

    @Test
    void cancellingTheChooserWritesNothing() throws Exception {
        ExportViewModel vm = vm();
        ExportCommands commands = new ExportCommands(vm, chooser);

        commands.run(ExportKind.CSV);

        assertThat(asked).hasSize(1);
        assertThat(ExportViewModelTest.files(dir)).isEmpty();
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void theMenuHasFourExportsAndCtrlEWritesTheWorkbook() {
        List<AppAction> actions = new ExportCommands(vm(), chooser).actions();

        assertThat(actions).extracting(AppAction::menu).containsOnly(MenuKind.EXPORT);
        assertThat(actions).extracting(AppAction::id).containsExactly("action-export-workbook",
                "action-export-deck", "action-export-charts", "action-export-csv");
        assertThat(actions).extracting(AppAction::text).containsExactly("_Excel workbook\u2026",
                "_PowerPoint deck\u2026", "All _charts as PNG\u2026", "C_SV of all series\u2026");
        assertThat(actions.get(0).shortcut()).isEqualTo("Shortcut+E");
        assertThat(MenuKind.EXPORT.text()).isEqualTo("E_xport");
        assertThat(actions).allSatisfy(a -> assertThat(a.enabled().getValue()).isTrue());
    }

    @Test
    void theExportsAreDisabledWhileOneRuns() {
        java.util.Queue<Runnable> work = new java.util.ArrayDeque<>();
        ExportViewModel vm = new ExportViewModel(new ExportService(Shipped.MODEL, ExportViewModelTest.CLOCK),
                () -> ExportViewModelTest.SEED, () -> 2030, BackgroundTasks.of(work::add, Runnable::run),
                ExportViewModelTest.CLOCK, dir);
        ExportCommands commands = new ExportCommands(vm, chooser);
        List<AppAction> actions = commands.actions();
        answer = Optional.of(dir.resolve("report.xlsx"));

        commands.run(ExportKind.WORKBOOK);
        commands.run(ExportKind.DECK);

        assertThat(actions).allSatisfy(a -> assertThat(a.enabled().getValue()).isFalse());
        assertThat(asked).as("no dialog while busy").hasSize(1);
        work.remove().run();
        assertThat(actions).allSatisfy(a -> assertThat(a.enabled().getValue()).isTrue());
    }
}
