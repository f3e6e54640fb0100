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
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSpec;

/**
 * The deck's opening argument: the bottom line (the three numbers that matter, in words) and, when the scenario
 * changed any sourced assumption, what it changed, from which default to which value.
 */
final class BriefingSlides {
    private BriefingSlides() {
    }

    /** The three sentences of the bottom-line slide: China's grip, allied cover, and the price or the risk. */
    static List<String> bottomLine(ReportContent c) {
        KpiSet k = c.kpis();
        int year = k.year();
        Kpi share = k.card(KpiSet.CHINA_SEPARATION);
        Kpi self = k.card(KpiSet.SELF_SUFFICIENCY);
        Kpi spend = k.card(KpiSet.PROGRAMME_COST);
        List<String> lines = new ArrayList<>();
        lines.add("In " + year + " China still separates " + Formats.value(share.unit(), share.value())
                + " of the world's rare earths, against " + Formats.value(share.unit(), share.baseline())
                + " with no new investment.");
        lines.add("Allied supply covers " + Formats.value(self.unit(), self.value()) + " of allied needs ("
                + Formats.value(self.unit(), self.baseline()) + " with no new investment), for "
                + Formats.value(spend.unit(), spend.value()) + " spent by " + year + ".");
        StressFacts event = StressFacts.of(c.scenario());
        if (event != null) {
            lines.add(event.headline() + ".");
        } else {
            Kpi stress = k.card(KpiSet.STRESS_SHORTFALL);
            lines.add("If China cut exports in " + year + ", allied buyers would be "
                    + StressFacts.tonnes(stress.value()) + " short (" + StressFacts.tonnes(stress.baseline())
                    + " with no new investment).");
        }
        return lines;
    }

    static void bottomLineSlide(XMLSlideShow deck, ReportContent c, Footer footer) {
        XSLFSlide slide = slide(deck, "Bottom line for " + c.targetYear());
        List<String> lines = bottomLine(c);
        double y = CONTENT_TOP + 16;
        for (int i = 0; i < lines.size(); i++) {
            text(slide, new Rectangle2D.Double(MARGIN, y, WIDTH - 2 * MARGIN, 110), (i + 1) + ".  " + lines.get(i),
                    24, i == 0, TEXT);
            y += 124;
        }
        footer(slide, footer);
        notes(deck, slide, String.join("\n", lines) + "\nFigures: the planner's run of this scenario against the "
                + "same scenario with no new investment (same demand, event and assumptions). Series: "
                + "share.china.separation, selfsufficiency.allied, spend.cumulative.usdBn, shortfall.t, "
                + "price.multiplier, shortfall.cost.usdBn.\n" + c.narrative());
    }

    /** Whether the scenario changed any assumption against the sourced defaults. */
    static boolean hasChanges(ReportContent c) {
        return !c.scenarioInput().assumptions().isEmpty();
    }

    /** One slide listing every changed assumption: default, the scenario's value, and the default's source. */
    static void changesSlide(XMLSlideShow deck, ReportContent c, Footer footer) {
        Map<Param, Double> changed = c.scenarioInput().assumptions();
        XSLFSlide slide = slide(deck, "Changes from the sourced defaults: " + changed.size() + " assumption"
                + (changed.size() == 1 ? "" : "s"));
        int rows = Math.min(changed.size(), 8);
        double[] widths = {400, 160, 160, 160};
        XSLFTable t = table(slide, MARGIN, CONTENT_TOP + 8, widths, rows + 1, 44);
        String[] header = {"Assumption", "Default", "This scenario", "Default's source"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], 16, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        StringBuilder notes = new StringBuilder("Every result in this deck uses these values in place of the "
                + "sourced defaults:");
        int r = 1;
        for (var e : changed.entrySet()) {
            ParameterSpec spec = c.defaults().spec(e.getKey());
            String from = Formats.parameter(e.getKey().unit(), spec.base());
            String to = Formats.parameter(e.getKey().unit(), e.getValue());
            notes.append('\n').append(spec.label()).append(" (").append(e.getKey().key()).append("): ").append(from)
                    .append(" → ").append(to).append("; default's source: ").append(spec.source());
            if (r <= rows) {
                cell(t, r, 0, spec.label(), 16, false, TEXT, TextAlign.LEFT);
                cell(t, r, 1, from, 16, false, MUTED, TextAlign.RIGHT);
                cell(t, r, 2, to, 16, true, TEXT, TextAlign.RIGHT);
                cell(t, r, 3, AssumptionSlides.shortSource(spec.source()), 16, false, TEXT, TextAlign.RIGHT);
                r++;
            }
        }
        if (changed.size() > rows) {
            text(slide, new Rectangle2D.Double(MARGIN, FOOTER_TOP - 30, WIDTH - 2 * MARGIN, 22), "… and "
                    + (changed.size() - rows) + " more in the speaker notes and the workbook's ReadMe sheet.", 14,
                    false, MUTED);
        }
        footer(slide, footer);
        notes(deck, slide, notes.toString());
    }
}
