package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;

/**
 * The deck's opening argument: the bottom line (the three numbers that matter, in words) and, when the scenario
 * changed anything, what it changed ({@link ChangesSlide}).
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
            Kpi stress = k.stress();
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

    /** Whether the deck needs the changes slide ({@link ChangesSlide#needed}). */
    static boolean hasChanges(ReportContent c) {
        return ChangesSlide.needed(c);
    }

    /** The changes slide: levers off the preset and changed assumptions ({@link ChangesSlide}). */
    static void changesSlide(XMLSlideShow deck, ReportContent c, Footer footer) {
        ChangesSlide.add(deck, c, footer);
    }
}
