package org.reeplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.model.analysis.Progress;

class ExportServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC);
    private static final ExportService SERVICE = new ExportService(ReportFixtures.MODEL, CLOCK);
    private static final ReportContent CONTENT = SERVICE.content(ReportFixtures.scenario("seed-baseline"), 2030,
            null);

    @TempDir
    Path dir;

    /** Records reported fractions and asks to cancel once a fraction passes {@code cancelAfter}. */
    private static final class Recorder implements Progress {
        final List<Double> fractions = new ArrayList<>();
        final double cancelAfter;

        Recorder(double cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void report(double fraction) {
            fractions.add(fraction);
        }

        @Override
        public boolean isCancelled() {
            return !fractions.isEmpty() && fractions.get(fractions.size() - 1) > cancelAfter;
        }
    }

    @Test
    void contentIsStampedWithTheClocksDateAndIncludesTheTornado() {
        assertThat(CONTENT.stamp().date()).hasToString("2026-03-14");
        assertThat(CONTENT.sensitivity()).isNotNull();
        assertThat(CONTENT.sensitivity().bars()).isNotEmpty();
        assertThat(CONTENT.sensitivity().year()).isEqualTo(2030);
    }

    @Test
    void reportsProgressUpToOne() throws IOException {
        Recorder progress = new Recorder(2);

        SERVICE.exportWorkbook(dir.resolve("a.xlsx"), CONTENT, progress);

        assertThat(progress.fractions).isSortedAccordingTo(Double::compare).last().isEqualTo(1.0);
    }

    @Test
    void aCancelledWorkbookExportLeavesTheOldFile() throws IOException {
        Path file = Files.write(dir.resolve("a.xlsx"), "old".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SERVICE.exportWorkbook(file, CONTENT, new Recorder(0.3)))
                .isInstanceOf(CancellationException.class);

        assertThat(file).hasContent("old");
        assertOnly(file);
    }

    @Test
    void chartsGoIntoANewFolderThatIsRemovedAgainWhenCancelled() throws IOException {
        Path folder = dir.resolve("charts");

        assertThatThrownBy(() -> SERVICE.exportCharts(folder, CONTENT, new Recorder(0.85)))
                .isInstanceOf(CancellationException.class);
        assertThat(folder).doesNotExist();

        List<Path> written = SERVICE.exportCharts(folder, CONTENT, Progress.NONE);
        int charts = SERVICE.charts(CONTENT).size() + SERVICE.studyCharts(CONTENT).size();
        assertThat(charts).as("the window's charts one run draws, the stress test, tornado, attribution")
                .isEqualTo(15);
        assertThat(written).as("every chart, full size and quarter-slide").hasSize(2 * charts)
                .allMatch(Files::isRegularFile);
    }

    @Test
    void chartsNeedAnExistingParentFolder() {
        assertThatThrownBy(() -> SERVICE.exportCharts(dir.resolve("x/y"), CONTENT, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void deckAndCsvAreWritten() throws IOException {
        SERVICE.exportDeck(dir.resolve("d.pptx"), CONTENT, Progress.NONE);
        SERVICE.exportCsv(dir.resolve("c.csv"), CONTENT, Progress.NONE);

        assertThat(dir.resolve("d.pptx")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("c.csv"))).startsWith("\uFEFFseries,label,unit,2025");
    }

    private void assertOnly(Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
