package org.reeplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;

/** The Export commands' state without a toolkit: names, busy state, progress, cancel, notices and failures. */
class ExportViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    static final Scenario SEED = Shipped.scenario("seed-baseline");

    @TempDir
    Path dir;

    private int year = 2030;

    ExportViewModel viewModel(BackgroundTasks tasks) {
        return new ExportViewModel(new ExportService(Shipped.MODEL, CLOCK), () -> SEED, () -> year, tasks, CLOCK,
                dir);
    }

    static List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Nested
    class WhenTheWorkRunsAtOnce {
        private ExportViewModel vm;

        @BeforeEach
        void create() {
            vm = viewModel(BackgroundTasks.sameThread());
        }

        @Test
        void suggestsTheScenarioAndTodayInTheFolderUsedLast() {
            assertThat(vm.suggestedName(ExportKind.WORKBOOK)).isEqualTo("seed-baseline-2026-11-29.xlsx");
            assertThat(vm.lastFolder()).isEqualTo(dir);
        }

        @Test
        void writesAWorkbookAddingTheExtensionAndSaysSoWithItsFolder() throws Exception {
            Path sub = Files.createDirectory(dir.resolve("reports"));

            assertThat(vm.export(ExportKind.WORKBOOK, sub.resolve("report"))).isTrue();

            assertThat(files(sub)).containsExactly("report.xlsx");
            try (XSSFWorkbook book = open(sub.resolve("report.xlsx"))) {
                assertThat(book.getSheet("Summary")).isNotNull();
                assertThat(book.getSheet("Uncertainty")).as("no Monte Carlo in the session").isNull();
            }
            assertThat(vm.noticeProperty().get()).isEqualTo(new ExportNotice("Saved report.xlsx", sub));
            assertThat(vm.failureProperty().get()).isNull();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.activityProperty().get()).isEmpty();
            assertThat(vm.lastFolder()).as("the next chooser opens here").isEqualTo(sub);
        }

        @Test
        void reportsTheCursorsYearAndIncludesUncertaintyWhenBandsAreAvailable() throws Exception {
            year = 2035;
            vm.uncertaintyProperty().set(new MonteCarlo(Shipped.MODEL).run(SEED, 200, 7, Progress.NONE));

            vm.export(ExportKind.WORKBOOK, dir.resolve("mc.xlsx"));

            try (XSSFWorkbook book = open(dir.resolve("mc.xlsx"))) {
                assertThat(book.getSheet("Uncertainty")).isNotNull();
                assertThat(sheetText(book, "Summary")).contains("Key results for 2035");
            }
        }

        @Test
        void writesTheDeckAndTheCsv() throws Exception {
            vm.export(ExportKind.DECK, dir.resolve("brief"));
            vm.export(ExportKind.CSV, dir.resolve("series"));

            assertThat(files(dir)).containsExactly("brief.pptx", "series.csv");
            assertThat(Files.readString(dir.resolve("series.csv"), StandardCharsets.UTF_8))
                    .startsWith("\uFEFFseries,label,unit,2025,");
            assertThat(vm.noticeProperty().get().text()).isEqualTo("Saved series.csv");
        }

        @Test
        void writesEveryChartIntoANewFolderOfTheSuggestedNameInsideTheOneChosen() throws Exception {
            vm.export(ExportKind.CHARTS, dir);

            Path charts = dir.resolve("seed-baseline-charts-2026-11-29");
            assertThat(files(charts)).contains("china-share.png", "costs.png", "stress-test.png",
                    "supply-separation.png", "supply-separation-quarter.png").allMatch(name -> name.endsWith(".png"));
            assertThat(vm.noticeProperty().get())
                    .isEqualTo(new ExportNotice("Saved " + files(charts).size() + " chart pictures (full size and "
                            + "quarter-slide) in seed-baseline-charts-2026-11-29", charts));
            assertThat(vm.lastFolder()).isEqualTo(dir);
        }

        @Test
        void aTargetThatIsAFolderFailsWithTheFileAndTheReasonAndLeavesNothingBehind() throws Exception {
            Files.createDirectory(dir.resolve("taken.xlsx"));

            vm.export(ExportKind.WORKBOOK, dir.resolve("taken.xlsx"));

            ExportFailure failure = vm.failureProperty().get();
            assertThat(failure.headline()).isEqualTo("Could not save taken.xlsx");
            assertThat(failure.reason()).contains("taken.xlsx").contains("folder")
                    .contains("an earlier file of that name is unchanged").doesNotContain("Exception", "\tat ");
            assertThat(vm.noticeProperty().get()).isNull();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(files(dir)).containsExactly("taken.xlsx");
        }

        @Test
        void theNextExportClearsTheLastFailureSoTheSameFailureShowsAgain() throws Exception {
            Files.createDirectory(dir.resolve("taken.xlsx"));
            List<ExportFailure> shown = new ArrayList<>();
            vm.failureProperty().subscribe(f -> {
                if (f != null) {
                    shown.add(f);
                }
            });

            vm.export(ExportKind.WORKBOOK, dir.resolve("taken.xlsx"));
            vm.export(ExportKind.WORKBOOK, dir.resolve("taken.xlsx"));

            assertThat(shown).hasSize(2);
        }

        @Test
        void cancellingMidwayWritesNothingAndKeepsTheEarlierFile() throws Exception {
            Path file = dir.resolve("report.xlsx");
            Files.writeString(file, "earlier");
            vm.progressProperty().subscribe(p -> {
                if (p.doubleValue() > 0) {
                    vm.cancel();
                }
            });

            vm.export(ExportKind.WORKBOOK, file);

            assertThat(Files.readString(file)).isEqualTo("earlier");
            assertThat(files(dir)).containsExactly("report.xlsx");
            assertThat(vm.noticeProperty().get().text()).isEqualTo("Export cancelled: report.xlsx was not written");
            assertThat(vm.noticeProperty().get().folder()).isNull();
            assertThat(vm.failureProperty().get()).isNull();
        }

        @Test
        void openFolderHandsTheNoticesFolderToTheDesktop() {
            List<URI> opened = new ArrayList<>();
            vm.setFolderOpener(opened::add);
            vm.openNoticeFolder();
            assertThat(opened).as("nothing to open yet").isEmpty();

            vm.export(ExportKind.CSV, dir.resolve("series.csv"));
            vm.openNoticeFolder();

            assertThat(opened).containsExactly(dir.toUri());
        }

        @Test
        void aDismissedNoticeIsGone() {
            vm.export(ExportKind.CSV, dir.resolve("series.csv"));
            vm.dismissNotice();

            assertThat(vm.noticeProperty().get()).isNull();
        }
    }

    @Nested
    class WhenTheWorkIsQueued {
        private final Queue<Runnable> work = new ArrayDeque<>();
        private ExportViewModel vm;

        @BeforeEach
        void create() {
            vm = viewModel(BackgroundTasks.of(work::add, Runnable::run));
        }

        @Test
        void isBusyWithAnIndeterminateBarUntilTheExportEnds() {
            vm.export(ExportKind.WORKBOOK, dir.resolve("report.xlsx"));

            assertThat(vm.busyProperty().get()).isTrue();
            assertThat(vm.progressProperty().get()).isEqualTo(ExportViewModel.INDETERMINATE);
            assertThat(vm.activityProperty().get()).isEqualTo("Exporting report.xlsx\u2026");

            work.remove().run();

            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(Files.exists(dir.resolve("report.xlsx"))).isTrue();
        }

        @Test
        void refusesASecondExportWhileOneRuns() throws Exception {
            assertThat(vm.export(ExportKind.WORKBOOK, dir.resolve("first.xlsx"))).isTrue();
            assertThat(vm.export(ExportKind.CSV, dir.resolve("second.csv"))).isFalse();

            assertThat(work).hasSize(1);
            work.remove().run();
            assertThat(files(dir)).containsExactly("first.xlsx");
        }

        @Test
        void cancellingBeforeTheWorkStartsWritesNothing() throws Exception {
            vm.export(ExportKind.DECK, dir.resolve("brief.pptx"));
            vm.cancel();
            assertThat(vm.activityProperty().get()).isEqualTo("Cancelling\u2026");

            work.remove().run();

            assertThat(files(dir)).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.noticeProperty().get().text()).startsWith("Export cancelled");
        }

        @Test
        void exportsTheScenarioAsItWasWhenTheCommandWasGiven() throws Exception {
            vm.export(ExportKind.WORKBOOK, dir.resolve("report.xlsx"));
            year = 2040;

            work.remove().run();

            try (XSSFWorkbook book = open(dir.resolve("report.xlsx"))) {
                assertThat(sheetText(book, "Summary")).contains("Key results for 2030");
            }
        }
    }

    static String sheetText(XSSFWorkbook book, String sheet) {
        StringBuilder text = new StringBuilder();
        book.getSheet(sheet).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
        return text.toString();
    }
}
