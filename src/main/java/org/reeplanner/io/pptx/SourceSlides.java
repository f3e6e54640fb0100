package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.SourceCitation;
import org.reeplanner.io.SourceCitations;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.XmlText;

/**
 * The sources appendix: every fact-sheet row the parameters cite, spelled out — what the fact is, and its source as
 * title, publisher and year ({@link SourceCitation}) — {@link #ROWS_PER_SLIDE} to a slide, with the row's section,
 * details and the fact sheet's own source text in the speaker notes.
 */
final class SourceSlides {
    static final int ROWS_PER_SLIDE = 9;
    private static final int SOURCE_CHARS = 110;
    private static final int FACT_CHARS = 70;

    private SourceSlides() {
    }

    /** The fact rows cited by the parameters, in the fact sheet's order. */
    static List<FactSheet.Row> cited(ReportContent c, FactSheet facts) {
        return facts.citedBy(c.parameters());
    }

    static void add(XMLSlideShow deck, ReportContent c, FactSheet facts, Footer footer) {
        List<FactSheet.Row> rows = cited(c, facts);
        int pages = Math.max(1, (rows.size() + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE);
        for (int page = 0; page < pages; page++) {
            List<FactSheet.Row> part = rows.subList(page * ROWS_PER_SLIDE,
                    Math.min(rows.size(), (page + 1) * ROWS_PER_SLIDE));
            XSLFSlide slide = slide(deck, "Sources (" + (page + 1) + " of " + pages + ")");
            XSLFTextBox box = slide.createTextBox();
            box.setAnchor(new Rectangle2D.Double(MARGIN, CONTENT_TOP + 6, WIDTH - 2 * MARGIN,
                    FOOTER_TOP - CONTENT_TOP - 10));
            box.setWordWrap(true);
            box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
            StringBuilder notes = new StringBuilder("Fact rows of the planner's fact sheet (" + facts.vintage()
                    + ") that the model's parameters cite:");
            for (FactSheet.Row row : part) {
                XSLFTextParagraph p = box.addNewTextParagraph();
                p.setSpaceAfter(-4.0);
                var id = p.addNewTextRun();
                id.setText(row.id() + "  ");
                style(id, 14, true, ACCENT);
                SourceCitation citation = SourceCitations.of(row, facts);
                var fact = p.addNewTextRun();
                fact.setText(XmlText.clean(shorten(row.fact(), FACT_CHARS) + " — "));
                style(fact, 14, false, TEXT);
                var source = p.addNewTextRun();
                source.setText(XmlText.clean(citation.text(SOURCE_CHARS)));
                style(source, 14, false, MUTED);
                notes.append('\n').append(row.id()).append(": ").append(row.fact()).append(" (")
                        .append(row.section()).append("). ").append(row.details()).append(". Cited as: ")
                        .append(citation.text()).append(". Source as the fact sheet gives it: ")
                        .append(row.source());
            }
            if (page == pages - 1) {
                notes.append('\n').append(c.stamp().sourceLine()).append(". Parameters marked \"assumption\" are "
                        + "modelling judgements; the workbook's Assumptions sheet gives each one's reason.");
            }
            footer(slide, footer);
            notes(deck, slide, notes.toString());
        }
    }

    /** {@code text} cut at a word near {@code max} characters. */
    static String shorten(String text, int max) {
        String s = text.strip();
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 3 ? cut : max) + " …";
    }
}
