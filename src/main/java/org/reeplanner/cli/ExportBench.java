package org.reeplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.reeplanner.io.report.AppVersion;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.xlsx.WorkbookExporter;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.Progress;

/**
 * Times the full Excel export for {@code bench}: baseline run, KPIs and tornado, then the workbook with its native
 * charts and an Uncertainty sheet from the given bands, written atomically (with fsync) to a temporary folder.
 */
final class ExportBench {
    private static final int WARM_UP = 3;

    private ExportBench() {
    }

    /** The median of {@code repeats} timed exports after a warm-up, in milliseconds. */
    static double xlsxMillis(ImpactModel model, Scenario scenario, Bands bands, int repeats) throws IOException {
        Path dir = Files.createTempDirectory("ree-planner-bench");
        try {
            Path file = dir.resolve("bench.xlsx");
            ReportStamp stamp = new ReportStamp(AppVersion.current(), LocalDate.now(), scenario.name());
            WorkbookExporter exporter = new WorkbookExporter();
            for (int i = 0; i < WARM_UP; i++) {
                exporter.write(file, ReportContent.build(model, scenario, RunCommand.DEFAULT_YEAR, bands, true,
                        stamp, LeverChanges.notRecorded()), Progress.NONE);
            }
            double[] samples = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                exporter.write(file, ReportContent.build(model, scenario, RunCommand.DEFAULT_YEAR, bands, true,
                        stamp, LeverChanges.notRecorded()), Progress.NONE);
                samples[r] = (System.nanoTime() - t0) / 1e6;
            }
            return BenchFigures.median(samples);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
