package org.reeplanner.io.report;

/**
 * Makes text safe for Office files: control characters other than tab and line breaks, U+FFFE/U+FFFF and unpaired
 * surrogates (which XML 1.0 cannot carry: POI fails to save them, or Excel and PowerPoint "repair" the file) become
 * U+FFFD, and the length is capped. Readers refuse such text with {@link #unwritable} so it never gets this far from
 * a file; the cleaning guards the rest.
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
            if (pairAt(value, i)) {
                if (sb.length() + 2 > MAX_LENGTH) {
                    break;
                }
                sb.append(c).append(value.charAt(++i));
            } else {
                sb.append(bad(c, true) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Where {@code value} holds a character an Office file cannot, e.g. {@code U+D800 (an unpaired surrogate) at
     * character 6}; null when it holds none. Without {@code lineBreaks} (a name) tab, CR and LF count too.
     */
    public static String unwritable(String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (pairAt(value, i)) {
                i++;
            } else if (bad(c, lineBreaks)) {
                String what = Character.isSurrogate(c) ? "an unpaired surrogate" : c < 0x20 || c == 0x7f
                        ? "a control character" : "a non-character";
                return String.format("U+%04X (%s) at character %d", (int) c, what, i + 1);
            }
        }
        return null;
    }

    private static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static boolean bad(char c, boolean lineBreaks) {
        boolean breakChar = c == '\t' || c == '\n' || c == '\r';
        return (c < 0x20 && !(lineBreaks && breakChar)) || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c);
    }
}
