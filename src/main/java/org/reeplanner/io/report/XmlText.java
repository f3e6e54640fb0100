package org.reeplanner.io.report;

/**
 * Makes text safe for Office files: control characters other than tab and line breaks (which XML 1.0 cannot carry,
 * so Excel and PowerPoint would "repair" the file) become U+FFFD, and the length is capped.
 */
public final class XmlText {
    /** Excel's limit for the text of one cell. */
    public static final int MAX_LENGTH = 32_767;

    private XmlText() {
    }

    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_LENGTH));
        for (int i = 0; i < value.length() && sb.length() < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            sb.append(bad ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
