package org.reeplanner.ui.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline Markdown as runs of text with a style: plain, {@code **bold**}, {@code *italic*}, {@code `code`} and
 * {@code [links](#anchor)}. Emphasis does not nest (the model guide never nests it).
 */
public record Inline(String text, Style style, String target) {

    /** How a run of text is drawn. */
    public enum Style { PLAIN, BOLD, ITALIC, CODE, LINK }

    public static List<Inline> parse(String markdown) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markdown.length()) {
            char c = markdown.charAt(i);
            int end;
            if (c == '`' && (end = markdown.indexOf('`', i + 1)) > i) {
                flush(plain, runs);
                runs.add(new Inline(markdown.substring(i + 1, end), Style.CODE, null));
                i = end + 1;
            } else if (markdown.startsWith("**", i) && (end = markdown.indexOf("**", i + 2)) > i + 2) {
                flush(plain, runs);
                runs.add(new Inline(markdown.substring(i + 2, end), Style.BOLD, null));
                i = end + 2;
            } else if (c == '*' && isEmphasisStart(markdown, i) && (end = markdown.indexOf('*', i + 1)) > i + 1
                    && markdown.charAt(end - 1) != ' ') {
                flush(plain, runs);
                runs.add(new Inline(markdown.substring(i + 1, end), Style.ITALIC, null));
                i = end + 1;
            } else if (c == '[' && (end = link(markdown, i)) > i) {
                flush(plain, runs);
                int close = markdown.indexOf(']', i);
                runs.add(new Inline(markdown.substring(i + 1, close), Style.LINK, markdown.substring(close + 2, end)));
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, runs);
        return runs;
    }

    /** The text without any markup, e.g. for anchors and accessible text. */
    public static String plainText(String markdown) {
        StringBuilder sb = new StringBuilder();
        parse(markdown).forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    private static boolean isEmphasisStart(String s, int i) {
        return i + 1 < s.length() && s.charAt(i + 1) != ' ' && s.charAt(i + 1) != '*'
                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
    }

    /** The index of the ")" ending a link {@code [text](target)} that starts at {@code i}, or -1. */
    private static int link(String s, int i) {
        int close = s.indexOf(']', i);
        if (close < 0 || !s.startsWith("](", close)) {
            return -1;
        }
        int end = s.indexOf(')', close + 2);
        return end > close + 2 && !s.substring(close + 2, end).contains(" ") ? end : -1;
    }

    private static void flush(StringBuilder plain, List<Inline> runs) {
        if (plain.length() > 0) {
            runs.add(new Inline(plain.toString(), Style.PLAIN, null));
            plain.setLength(0);
        }
    }
}
