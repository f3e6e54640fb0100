package org.reeplanner.io.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.reeplanner.io.report.XmlText;

/**
 * Small drawing helpers for 16:9 slides (960 × 540 pt): slides from the title-only layout whose title sits in the
 * title placeholder (so outline view and screen readers see it), text boxes, speaker notes, footers and tables.
 */
final class SlideKit {
    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 40;
    static final String FONT = "Arial";
    static final Color TEXT = new Color(0x1D2633);
    static final Color MUTED = new Color(0x5A6577);
    static final Color ACCENT = new Color(0x0F766E);
    static final Color RULE = new Color(0xDDE2E9);
    static final Color BETTER = new Color(0x137A3A);
    static final Color WORSE = new Color(0xB42323);
    static final Color HEADER_FILL = new Color(0xEEF1F5);

    private SlideKit() {
    }

    static XSLFTextRun text(XSLFSlide slide, Rectangle2D box, String text, double size, boolean bold, Color colour) {
        XSLFTextBox shape = slide.createTextBox();
        shape.setAnchor(box);
        shape.setWordWrap(true);
        shape.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
        XSLFTextParagraph p = shape.getTextParagraphs().isEmpty() ? shape.addNewTextParagraph()
                : shape.getTextParagraphs().get(0);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(XmlText.clean(text));
        style(run, size, bold, colour);
        return run;
    }

    /** Slide titles have one size everywhere; a long title wraps onto a second line instead of shrinking. */
    static final double TITLE_SIZE = 24;
    /** Content starts below this line (title and its accent bar above it). */
    static final double CONTENT_TOP = 88;
    /** The footer line's top edge: content ends above it. */
    static final double FOOTER_TOP = HEIGHT - 28;

    /** A new slide from the master's title-only layout with {@code title} in its title placeholder. */
    static XSLFSlide slide(XMLSlideShow deck, String title) {
        XSLFSlide slide = deck.createSlide(deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
        XSLFTextShape placeholder = slide.getPlaceholder(0);
        placeholder.clearText();
        // the slide's own position: without it setAnchor would move the layout's title on every slide
        var spPr = ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) placeholder.getXmlObject())
                .getSpPr();
        if (!spPr.isSetXfrm()) {
            spPr.addNewXfrm();
        }
        placeholder.setAnchor(new Rectangle2D.Double(MARGIN, 12, WIDTH - 2 * MARGIN, 64));
        placeholder.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
        placeholder.setVerticalAlignment(VerticalAlignment.BOTTOM);
        placeholder.setWordWrap(true);
        XSLFTextParagraph p = placeholder.addNewTextParagraph();
        p.setTextAlign(TextAlign.LEFT);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(XmlText.clean(title));
        style(run, TITLE_SIZE, true, TEXT);
        XSLFAutoShape bar = slide.createAutoShape();
        bar.setShapeType(ShapeType.RECT);
        bar.setAnchor(new Rectangle2D.Double(MARGIN, 80, 56, 4));
        bar.setFillColor(ACCENT);
        bar.setLineColor(null);
        return slide;
    }

    /** The slide's title as its placeholder holds it. */
    static String titleOf(XSLFSlide slide) {
        XSLFTextShape t = slide.getPlaceholder(0);
        return t == null ? "" : t.getText();
    }

    /** Speaker notes: what the presenter says and where the figures come from; paragraphs split at new lines. */
    static void notes(XMLSlideShow deck, XSLFSlide slide, String text) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                for (String line : text.split("\n")) {
                    shape.addNewTextParagraph().addNewTextRun().setText(XmlText.clean(line));
                }
                return;
            }
        }
        throw new IllegalStateException("the notes master has no body placeholder");
    }

    /**
     * The footer of every slide: scenario, model version and date on the left, the page number on the right, and
     * the handling marking, when set, centred at the top.
     */
    static void footer(XSLFSlide slide, Footer footer) {
        text(slide, new Rectangle2D.Double(MARGIN, FOOTER_TOP + 6, WIDTH - 2 * MARGIN - 90, 16), footer.line(),
                11, false, MUTED);
        XSLFTextRun n = text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 90, FOOTER_TOP + 6, 90, 16),
                "page " + slide.getSlideNumber(), 11, false, MUTED);
        n.getParagraph().setTextAlign(TextAlign.RIGHT);
        if (!footer.marking().isBlank()) {
            XSLFTextRun m = text(slide, new Rectangle2D.Double(MARGIN, 0, WIDTH - 2 * MARGIN, 14),
                    footer.marking(), 11, true, WORSE);
            m.getParagraph().setTextAlign(TextAlign.CENTER);
        }
    }

    /** What every footer says: "scenario · model version · date" and the handling marking (blank for none). */
    record Footer(String line, String marking) {
    }

    static void style(XSLFTextRun run, double size, boolean bold, Color colour) {
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        run.setFontFamily(FONT);
    }

    /** A table with a shaded header row; {@code widths} in points; texts are set afterwards with {@link #cell}. */
    static XSLFTable table(XSLFSlide slide, double x, double y, double[] widths, int rows, double rowHeight) {
        XSLFTable table = slide.createTable(rows, widths.length);
        double total = 0;
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
            total += widths[c];
        }
        for (int r = 0; r < rows; r++) {
            table.setRowHeight(r, rowHeight);
        }
        table.setAnchor(new Rectangle2D.Double(x, y, total, rows * rowHeight));
        return table;
    }

    static XSLFTableCell cell(XSLFTable table, int row, int col, String text, double size, boolean bold,
                              Color colour, TextAlign align) {
        XSLFTableCell cell = table.getCell(row, col);
        cell.clearText();
        XSLFTextParagraph p = cell.addNewTextParagraph();
        p.setTextAlign(align);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(XmlText.clean(text));
        style(run, size, bold, colour);
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(4, 8, 4, 8));
        cell.setBorderColor(BorderEdge.bottom, RULE);
        cell.setBorderWidth(BorderEdge.bottom, 1.0);
        if (row == 0) {
            cell.setFillColor(HEADER_FILL);
        }
        return cell;
    }
}
