package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.XmlText;
import org.reeplanner.model.ParameterSpec;

/**
 * The sources appendix: every fact-sheet row the parameters cite, spelled out (what the fact is and where it was
 * published), {@link #ROWS_PER_SLIDE} to a slide, with the full source text in the speaker notes.
 */
final class SourceSlides {
    static final int ROWS_PER_SLIDE = 9;
    private static final Pattern ROW_ID = Pattern.compile("\\b([A-Z]{1,2}\\d{1,3})\\b");
    private static final int SOURCE_CHARS = 120;

    private SourceSlides() {
    }

    /** The fact rows cited by the parameters, in the fact sheet's order. */
    static List<FactSheet.Row> cited(ReportContent c, FactSheet facts) {
        Set<String> ids = new LinkedHashSet<>();
        for (ParameterSpec spec : c.parameters().specs()) {
            Matcher m = ROW_ID.matcher(spec.source());
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        List<FactSheet.Row> rows = new ArrayList<>();
        for (FactSheet.Row row : facts.rows().values()) {
            if (ids.contains(row.id())) {
                rows.add(row);
            }
        }
        return rows;
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
                var fact = p.addNewTextRun();
                fact.setText(XmlText.clean(row.fact() + " (" + row.section() + ")"
                        + (row.source().isBlank() ? "" : " — ")));
                style(fact, 14, false, TEXT);
                var source = p.addNewTextRun();
                source.setText(XmlText.clean(shorten(row.source())));
                style(source, 14, false, MUTED);
                notes.append('\n').append(row.id()).append(": ").append(row.fact()).append(". ")
                        .append(row.details()).append(". Source: ").append(row.source());
            }
            if (page == pages - 1) {
                notes.append('\n').append(c.stamp().sourceLine()).append(". Parameters marked \"assumption\" are "
                        + "modelling judgements; the workbook's Assumptions sheet gives each one's reason.");
            }
            footer(slide, footer);
            notes(deck, slide, notes.toString());
        }
    }

    /** The source without its "Sources:" prefix, cut at a word near {@value #SOURCE_CHARS} characters. */
    static String shorten(String source) {
        String s = source.replaceFirst("^Sources?:\\s*", "").trim();
        if (s.length() <= SOURCE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SOURCE_CHARS);
        return s.substring(0, cut > 40 ? cut : SOURCE_CHARS) + " …";
    }
}
