package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * Lines of 14 pt text a sources slide holds between title and footer with room to spare (about 20 fit); a row
     * takes one line, or two when fact and citation together pass {@link #CHARS_PER_LINE} characters (both are cut
     * so that no row needs three).
     */
    static final int LINES_PER_SLIDE = 17;
    static final int CHARS_PER_LINE = 140;
    private static final int SOURCE_CHARS = 110;
    private static final int FACT_CHARS = 70;

    private SourceSlides() {
    }

    /** The fact rows cited by the parameters, in the fact sheet's order. */
    static List<FactSheet.Row> cited(ReportContent c, FactSheet facts) {
        return facts.citedBy(c.parameters());
    }

    static void add(XMLSlideShow deck, ReportContent c, FactSheet facts, Footer footer) {
        List<List<FactSheet.Row>> slides = pages(cited(c, facts), facts);
        int pages = slides.size();
        for (int page = 0; page < pages; page++) {
            List<FactSheet.Row> part = slides.get(page);
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

    /**
     * The rows split into slides in order, each holding at most {@link #LINES_PER_SLIDE} lines, the lines shared out
     * evenly so the last slide is not a lone row; one slide at least.
     */
    static List<List<FactSheet.Row>> pages(List<FactSheet.Row> rows, FactSheet facts) {
        int[] need = rows.stream().mapToInt(r -> lines(r, facts)).toArray();
        int total = Arrays.stream(need).sum();
        int slides = Math.max(1, (total + LINES_PER_SLIDE - 1) / LINES_PER_SLIDE);
        int target = (total + slides - 1) / slides;
        List<List<FactSheet.Row>> pages = new ArrayList<>();
        List<FactSheet.Row> page = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!page.isEmpty() && (lines + need[i] > LINES_PER_SLIDE || lines >= target)) {
                pages.add(page);
                page = new ArrayList<>();
                lines = 0;
            }
            page.add(rows.get(i));
            lines += need[i];
        }
        pages.add(page);
        return pages;
    }

    /** The lines a row takes on a slide: one, or two when its fact and citation pass {@link #CHARS_PER_LINE}. */
    static int lines(FactSheet.Row row, FactSheet facts) {
        int chars = row.id().length() + 2 + shorten(row.fact(), FACT_CHARS).length() + 3
                + SourceCitations.of(row, facts).text(SOURCE_CHARS).length();
        return chars > CHARS_PER_LINE ? 2 : 1;
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
