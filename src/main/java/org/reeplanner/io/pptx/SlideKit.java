package org.reeplanner.io.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.reeplanner.io.report.XmlText;

/** Small drawing helpers for 16:9 slides (960 × 540 pt): text boxes, slide titles, footers and tables. */
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

    /** A one-line slide title: long titles get a smaller size (down to 18 pt) instead of a second line. */
    static void title(XSLFSlide slide, String title) {
        double size = Math.max(18, Math.min(26, (WIDTH - 2 * MARGIN) / (0.62 * title.length())));
        text(slide, new Rectangle2D.Double(MARGIN, 24, WIDTH - 2 * MARGIN, 40), title, size, true, TEXT);
        XSLFAutoShape bar = slide.createAutoShape();
        bar.setShapeType(ShapeType.RECT);
        bar.setAnchor(new Rectangle2D.Double(MARGIN, 70, 56, 4));
        bar.setFillColor(ACCENT);
        bar.setLineColor(null);
    }

    static void footer(XSLFSlide slide, String left, int number) {
        text(slide, new Rectangle2D.Double(MARGIN, HEIGHT - 30, WIDTH - 2 * MARGIN - 60, 18), left, 11, false,
                MUTED);
        XSLFTextRun n = text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 50, HEIGHT - 30, 50, 18),
                Integer.toString(number), 11, false, MUTED);
        n.getParagraph().setTextAlign(TextAlign.RIGHT);
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
