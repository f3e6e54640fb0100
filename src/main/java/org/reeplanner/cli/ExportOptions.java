package org.reeplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.model.analysis.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The report outputs of {@code run}: Excel workbook, PowerPoint deck and chart pictures. */
final class ExportOptions {
    static final int MAX_MARKING = 120;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = {"Writes an Excel workbook: Summary (KPIs, native charts), Inputs, Assumptions, Annual "
                    + "projections, Costs, Sensitivity (tornado of share.china.separation in --year), and "
                    + "Uncertainty with --monte-carlo. It can be edited and run again: run FILE.xlsx."})
    Path xlsx;

    @Option(names = "--pptx", paramLabel = "FILE",
            description = "Writes a 16:9 PowerPoint briefing deck: title, KPIs, supply, China share, costs, "
                    + "stress test (and uncertainty with --monte-carlo), key assumptions and sources.")
    Path pptx;

    @Option(names = "--marking", paramLabel = "TEXT", defaultValue = "",
            description = "A handling or classification marking printed at the top of every slide of the deck, "
                    + "e.g. \"OFFICIAL\" (default: none; the planner cannot know how your organisation classifies "
                    + "its output).")
    String marking;

    @Option(names = "--png", paramLabel = "DIR",
            description = {"Writes every chart as a 1920x1080 PNG at 144 dpi into DIR (supply-separation.png, "
                    + "china-share.png, ...) and a 960x540 quarter-slide variant of each "
                    + "(supply-separation-quarter.png, type at least 10 pt on a quarter of a slide). DIR is created "
                    + "if missing (its parent must exist); files of the same name are "
                    + "replaced, other files are left alone."})
    Path png;

    boolean any() {
        return xlsx != null || pptx != null || png != null;
    }

    /** Refuses unusable paths before any work is done; {@code others} are the command's other output files. */
    void check(CommandSpec spec, Path input, List<Path> others) {
        if (marking.length() > MAX_MARKING || marking.chars().anyMatch(Character::isISOControl)) {
            throw new ParameterException(spec.commandLine(), "--marking: found " + marking.length() + " characters"
                    + (marking.chars().anyMatch(Character::isISOControl) ? " with control characters" : "")
                    + "; allowed one line of at most " + MAX_MARKING + " characters");
        }
        OutputPaths.check(spec, "--xlsx", xlsx, input);
        OutputPaths.check(spec, "--pptx", pptx, input);
        List<Path> files = new ArrayList<>();
        for (Path p : others) {
            if (p != null) {
                files.add(p);
            }
        }
        for (Path p : new Path[] {xlsx, pptx}) {
            if (p == null) {
                continue;
            }
            for (Path q : files) {
                if (OutputPaths.same(p, q)) {
                    throw new ParameterException(spec.commandLine(), "two output options name the same file " + p);
                }
            }
            files.add(p);
        }
        if (png != null) {
            if (Files.isSymbolicLink(png) && !Files.exists(png)) {
                throw new ParameterException(spec.commandLine(), "--png: cannot create " + png + ": it is a symbolic "
                        + "link to a folder that does not exist; name the folder itself or an existing link");
            }
            if (Files.exists(png) && !Files.isDirectory(png)) {
                throw new ParameterException(spec.commandLine(), "--png: " + png + " is a file; allowed a folder "
                        + "(existing, or new in an existing folder)");
            }
            Path parent = png.toAbsolutePath().normalize().getParent();
            if (!Files.exists(png) && (parent == null || !Files.isDirectory(parent))) {
                throw new ParameterException(spec.commandLine(), "--png: cannot create " + png + " because the "
                        + "folder " + parent + " does not exist");
            }
        }
    }

    void write(PrintWriter out, ExportService exports, ReportContent content) {
        if (xlsx != null) {
            OutputPaths.save(() -> exports.exportWorkbook(xlsx, content, Progress.NONE));
            out.println("Wrote Excel workbook: " + xlsx);
        }
        if (pptx != null) {
            OutputPaths.save(() -> exports.exportDeck(pptx, content, marking, Progress.NONE));
            out.println("Wrote PowerPoint deck: " + pptx);
        }
        if (png != null) {
            List<Path> written = new ArrayList<>();
            OutputPaths.save(() -> written.addAll(exports.exportCharts(png, content, Progress.NONE)));
            out.println("Wrote " + written.size() / 2 + " chart pictures (1920x1080 PNG, 144 dpi) and their "
                    + "quarter-slide variants (960x540, *-quarter.png) to " + png);
        }
    }
}
