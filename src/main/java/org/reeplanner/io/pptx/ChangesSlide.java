package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.reeplanner.io.report.LeverChangeText;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSpec;

/**
 * "Changes from the sourced defaults": the levers off the preset the scenario started from (money, years and U.S.
 * share in the preset and here) and every assumption changed against its sourced value (default, this scenario,
 * the default's source). Shown whenever something changed, and whenever no preset is recorded, since then nobody
 * can tell whether the levers are the preset's; the speaker notes list every change in full.
 */
final class ChangesSlide {
    /** Table rows the slide shows of each kind; the rest are named in the notes and the workbook's ReadMe. */
    static final int MAX_ROWS = 4;
    private static final double ROW = 26;
    private static final double SIZE = 14;

    private ChangesSlide() {
    }

    /** Whether the deck needs the slide: a changed assumption, a lever off the preset, or no preset to compare. */
    static boolean needed(ReportContent c) {
        LeverChanges levers = c.leverChanges();
        return !c.scenarioInput().assumptions().isEmpty() || !levers.compared() || !levers.isEmpty();
    }

    /**
     * "Changes from the sourced defaults: 1 lever off the preset, 2 assumptions", "…: 1 assumption; no preset
     * recorded".
     */
    static String title(ReportContent c) {
        LeverChanges levers = c.leverChanges();
        int assumptions = c.scenarioInput().assumptions().size();
        List<String> parts = new ArrayList<>();
        if (!levers.isEmpty()) {
            parts.add(LeverChangeText.count(levers) + " off the preset");
        }
        if (assumptions > 0) {
            parts.add(assumptions + (assumptions == 1 ? " assumption" : " assumptions"));
        }
        String title = "Changes from the sourced defaults: " + String.join(", ", parts);
        if (!levers.compared()) {
            title += (parts.isEmpty() ? "" : "; ") + (levers.recorded() ? "preset not shipped" : "no preset recorded");
        }
        return title;
    }

    static void add(XMLSlideShow deck, ReportContent c, Footer footer) {
        XSLFSlide slide = slide(deck, title(c));
        StringBuilder notes = new StringBuilder();
        double y = levers(slide, c.leverChanges(), CONTENT_TOP + 6, notes);
        assumptions(slide, c, y + 14, notes);
        footer(slide, footer);
        notes(deck, slide, notes.toString());
    }

    /** The levers' part; returns where the next part may start. */
    private static double levers(XSLFSlide slide, LeverChanges levers, double y, StringBuilder notes) {
        boolean table = levers.compared() && !levers.isEmpty();
        String heading = table ? "Levers off the preset " + LeverChangeText.preset(levers)
                : "Levers: " + LeverChangeText.summary(levers);
        text(slide, new Rectangle2D.Double(MARGIN, y, WIDTH - 2 * MARGIN, 22), heading, 16, true, TEXT);
        notes.append(Character.toUpperCase(heading.charAt(0))).append(heading.substring(1)).append('.');
        if (!table) {
            return y + 26;
        }
        List<LeverChanges.Change> changes = levers.changes();
        int rows = Math.min(changes.size(), MAX_ROWS);
        XSLFTable t = SlideKit.table(slide, MARGIN, y + 26, new double[] {260, 310, 310}, rows + 1, ROW);
        String[] header = {"Focus area", "Preset", "This scenario"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], SIZE, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        for (int i = 0; i < changes.size(); i++) {
            LeverChanges.Change change = changes.get(i);
            notes.append('\n').append(change.focusAreaName()).append(" (").append(change.focusAreaId())
                    .append("): ").append(LeverChangeText.lever(change.preset())).append(" → ")
                    .append(LeverChangeText.lever(change.scenario()));
            if (i < rows) {
                cell(t, i + 1, 0, change.focusAreaName(), SIZE, false, TEXT, TextAlign.LEFT);
                cell(t, i + 1, 1, LeverChangeText.lever(change.preset()), SIZE, false, MUTED, TextAlign.RIGHT);
                cell(t, i + 1, 2, LeverChangeText.lever(change.scenario()), SIZE, true, TEXT, TextAlign.RIGHT);
            }
        }
        double end = y + 26 + (rows + 1) * ROW;
        return more(slide, changes.size() - rows, "levers", end);
    }

    private static void assumptions(XSLFSlide slide, ReportContent c, double y, StringBuilder notes) {
        Map<Param, Double> changed = c.scenarioInput().assumptions();
        String heading = changed.isEmpty() ? "Assumptions: every parameter at its sourced value"
                : "Assumptions changed from their sourced values";
        text(slide, new Rectangle2D.Double(MARGIN, y, WIDTH - 2 * MARGIN, 22), heading, 16, true, TEXT);
        notes.append('\n').append(changed.isEmpty() ? heading + "." : "Every result in this deck uses these values "
                + "in place of the sourced defaults:");
        if (changed.isEmpty()) {
            return;
        }
        int rows = Math.min(changed.size(), MAX_ROWS);
        XSLFTable t = SlideKit.table(slide, MARGIN, y + 26, new double[] {400, 160, 160, 160}, rows + 1, ROW);
        String[] header = {"Assumption", "Default", "This scenario", "Default's source"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], SIZE, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        int r = 1;
        for (var e : changed.entrySet()) {
            ParameterSpec spec = c.defaults().spec(e.getKey());
            String from = Formats.parameter(e.getKey().unit(), spec.base());
            String to = Formats.parameter(e.getKey().unit(), e.getValue());
            notes.append('\n').append(spec.label()).append(" (").append(e.getKey().key()).append("): ").append(from)
                    .append(" → ").append(to).append("; default's source: ").append(spec.source());
            if (r <= rows) {
                cell(t, r, 0, spec.label(), SIZE, false, TEXT, TextAlign.LEFT);
                cell(t, r, 1, from, SIZE, false, MUTED, TextAlign.RIGHT);
                cell(t, r, 2, to, SIZE, true, TEXT, TextAlign.RIGHT);
                cell(t, r, 3, AssumptionSlides.shortSource(spec.source()), SIZE, false, TEXT, TextAlign.RIGHT);
                r++;
            }
        }
        more(slide, changed.size() - rows, "assumptions", y + 26 + (rows + 1) * ROW);
    }

    /** "… and 3 more levers in the speaker notes and the workbook's ReadMe sheet." when rows were left out. */
    private static double more(XSLFSlide slide, int left, String what, double y) {
        if (left <= 0) {
            return y;
        }
        text(slide, new Rectangle2D.Double(MARGIN, y + 2, WIDTH - 2 * MARGIN, 18), "… and " + left + " more "
                + what + " in the speaker notes and the workbook's ReadMe sheet.", 12, false, MUTED);
        return y + 20;
    }
}
