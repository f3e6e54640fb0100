package org.reeplanner.io.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, created once each: a workbook holds at most 64,000 styles, so never one per cell. */
final class XlsxStyles {
    /** The roles a cell can play; number cells add a number format to {@link #NUMBER}. */
    enum Role {
        TITLE, SUBTITLE, NOTE, NOTE_WRAP, HINT, HEADER, LABEL, TEXT, WRAP, NUMBER, NUMBER_LEFT, INPUT_NUMBER, INPUT_TEXT
    }

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont title;
    private final XSSFFont subtitle;
    private final XSSFFont muted;

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        bold = font(11, true, null);
        title = font(16, true, new byte[] {0x1D, 0x26, 0x33});
        subtitle = font(12, true, new byte[] {0x0F, 0x76, 0x6E});
        muted = font(10, false, new byte[] {0x5A, 0x65, 0x77});
    }

    /** The style of a cell in {@code role}; {@code format} is an Excel number format or null; quoted text is shown
     * as typed, never run as a formula. */
    XSSFCellStyle style(Role role, String format, boolean quoted) {
        String key = role + "|" + format + "|" + quoted;
        XSSFCellStyle style = cache.get(key);
        if (style == null) {
            style = create(role, format, quoted);
            cache.put(key, style);
        }
        return style;
    }

    private XSSFCellStyle create(Role role, String format, boolean quoted) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        switch (role) {
            case TITLE -> s.setFont(title);
            case SUBTITLE -> s.setFont(subtitle);
            case NOTE -> s.setFont(muted);
            case NOTE_WRAP -> {
                s.setFont(muted);
                s.setWrapText(true);
            }
            case HINT -> {
                s.setFont(muted);
                s.setIndention((short) 1);
            }
            case TEXT -> s.setIndention((short) 1);
            case NUMBER_LEFT -> s.setAlignment(HorizontalAlignment.LEFT);
            case HEADER -> {
                s.setFont(bold);
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.BOTTOM);
                s.setBorderBottom(BorderStyle.THIN);
            }
            case LABEL -> s.setFont(bold);
            case WRAP -> {
                s.setWrapText(true);
                s.setIndention((short) 1);
            }
            case INPUT_NUMBER, INPUT_TEXT -> {
                s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF7, (byte) 0xDB}, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.HAIR);
            }
            default -> {
                // Plain text and numbers need nothing beyond the format below.
            }
        }
        if (role == Role.INPUT_TEXT) {
            s.setAlignment(HorizontalAlignment.LEFT);
            s.setWrapText(true);
        }
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        s.setQuotePrefixed(quoted);
        return s;
    }

    private XSSFFont font(int points, boolean isBold, byte[] rgb) {
        XSSFFont f = workbook.createFont();
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        if (rgb != null) {
            f.setColor(new XSSFColor(rgb, null));
        }
        return f;
    }
}
