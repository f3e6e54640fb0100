package org.reeplanner.io.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.reeplanner.io.CsvWriter;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.io.png.ChartImages;
import org.reeplanner.io.pptx.DeckExporter;
import org.reeplanner.io.report.BarChartSpec;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.io.report.StudyCharts;
import org.reeplanner.io.xlsx.WorkbookExporter;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.Progress;

/**
 * One entry point for every export (workbook, deck, chart pictures, CSV), toolkit-free so the window can call it
 * from a background thread and the command line directly. Each method reports progress from 0 to 1, checks for
 * cancellation before it writes anything, and writes atomically: a failed or cancelled export leaves no partial file
 * and never damages an existing one.
 */
public final class ExportService {
    private final ImpactModel model;
    private final Clock clock;

    public ExportService(ImpactModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    /**
     * Runs the scenario and its baseline and gathers what the exports show: KPIs for {@code year}, the tornado of
     * China's separation share in that year, {@code bands} (null without a Monte Carlo study) and the levers
     * changed from the scenario's recorded preset.
     */
    public ReportContent content(Scenario scenario, int year, Bands bands) {
        return ReportContent.build(model, scenario, year, bands, true, ReportStamp.now(scenario.name(), clock),
                ShippedScenarios.leverChanges(scenario, model.focusAreas()));
    }

    public void exportWorkbook(Path file, ReportContent content, Progress progress) throws IOException {
        checkCancelled(progress);
        new WorkbookExporter().write(file, content, cancellable(progress));
    }

    public void exportDeck(Path file, ReportContent content, Progress progress) throws IOException {
        exportDeck(file, content, "", progress);
    }

    /** The deck with {@code marking} (e.g. "OFFICIAL"; blank for none) on every slide. */
    public void exportDeck(Path file, ReportContent content, String marking, Progress progress) throws IOException {
        checkCancelled(progress);
        new DeckExporter(marking, System.getProperty("user.name", ""), clock).write(file, content,
                cancellable(progress));
    }

    /**
     * The line and area charts {@link #exportCharts} writes: every chart of the window one run can draw, with
     * uncertainty fans when bands are given.
     */
    public List<ChartSpec> charts(ReportContent content) {
        return StandardCharts.of(content).all(content.bands());
    }

    /** The bar charts {@link #exportCharts} writes after the others: the tornado and the attribution waterfall. */
    public List<BarChartSpec> studyCharts(ReportContent content) {
        return new StudyCharts(content).all();
    }

    /**
     * Writes every standard chart as a 1920×1080 PNG and a 960×540 quarter-slide variant into {@code folder},
     * creating the folder (one level, its parent must exist) when it is missing; a folder created here is removed
     * again if the export fails.
     */
    public List<Path> exportCharts(Path folder, ReportContent content, Progress progress) throws IOException {
        checkCancelled(progress);
        boolean created = false;
        if (!Files.exists(folder)) {
            Path parent = folder.toAbsolutePath().normalize().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IOException("cannot write charts to " + folder + ": the folder " + parent
                        + " does not exist");
            }
            try {
                Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new IOException("cannot write charts to " + folder + ": " + (Files.isSymbolicLink(folder)
                        ? "it is a symbolic link to a folder that does not exist" : "something of that name is in "
                        + "the way"), e);
            } catch (IOException e) {
                throw new IOException("cannot create the folder " + folder + ": " + (e instanceof
                        java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()), e);
            }
            created = true;
        }
        try {
            return new ChartImages().writeWithQuarterSlide(folder, charts(content), studyCharts(content),
                    cancellable(progress));
        } catch (IOException | RuntimeException e) {
            if (created) {
                Files.deleteIfExists(folder);
            }
            throw e;
        }
    }

    public void exportCsv(Path file, ReportContent content, Progress progress) throws IOException {
        checkCancelled(progress);
        CsvWriter.write(file, content.scenario());
        progress.report(1.0);
    }

    /**
     * Passes progress on and turns a cancellation request into an exception at the next report before the end, so
     * the write in progress is abandoned and the target left as it was.
     */
    private static Progress cancellable(Progress progress) {
        return new Progress() {
            @Override
            public void report(double fraction) {
                if (fraction < 1.0) {
                    checkCancelled(progress);
                }
                progress.report(fraction);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
