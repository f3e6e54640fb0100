package org.reeplanner.io.png;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A text laid out to fit a width without losing a word: on one line, made smaller in steps of 10 % (never below a
 * least size) where that is enough, else broken at spaces onto two or more lines up to a limit, and only when even
 * that fails on as many lines as it takes. Titles of small pictures (the quarter-slide variant) are never cut.
 */
record TextLines(Font font, List<String> lines, int maxWidth, int widest) {
    private static final float[] SHRINK = {1f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f};

    /**
     * {@code text} in {@code font} or smaller (not below {@code leastSize}) on at most {@code maxLines} lines of
     * {@code maxWidth}.
     */
    static TextLines fit(Graphics2D g, String text, Font font, int maxWidth, int maxLines, float leastSize) {
        if (text == null || text.isBlank()) {
            return new TextLines(font, List.of(), maxWidth, 0);
        }
        Font smallest = font;
        for (int lines = 1; lines <= Math.max(1, maxLines); lines++) {
            float previous = Float.MAX_VALUE;
            for (float f : SHRINK) {
                float size = Math.min(font.getSize2D(), Math.max(leastSize, font.getSize2D() * f));
                if (size >= previous) {
                    break;
                }
                previous = size;
                Font candidate = font.deriveFont(size);
                smallest = candidate;
                List<String> wrapped = wrap(g.getFontMetrics(candidate), text, maxWidth);
                if (wrapped.size() <= lines) {
                    return of(g, candidate, wrapped, maxWidth);
                }
            }
        }
        return of(g, smallest, wrap(g.getFontMetrics(smallest), text, maxWidth), maxWidth);
    }

    /** The text broken at spaces into lines no wider than {@code max} (a single longer word keeps its own line). */
    static List<String> wrap(FontMetrics fm, String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The lines with the width of the widest, measured as {@code g} draws them. */
    private static TextLines of(Graphics2D g, Font font, List<String> lines, int maxWidth) {
        FontMetrics fm = g.getFontMetrics(font);
        return new TextLines(font, lines, maxWidth, lines.stream().mapToInt(fm::stringWidth).max().orElse(0));
    }

    /** The height the lines take. */
    int height(Graphics2D g) {
        return lines.size() * g.getFontMetrics(font).getHeight();
    }

    /** The text, shortened with an ellipsis when it is wider than {@code max} pixels. */
    static String ellipsis(FontMetrics fm, String text, int max) {
        if (text == null) {
            return "";
        }
        if (fm.stringWidth(text) <= max) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "…";
    }

    /** The font, made up to 30% smaller so that {@code text} fits in {@code max} pixels where it can. */
    static Font shrunk(Graphics2D g, Font font, String text, int max) {
        if (text == null) {
            return font;
        }
        int width = g.getFontMetrics(font).stringWidth(text);
        if (width <= max) {
            return font;
        }
        float size = Math.max(font.getSize2D() * 0.7f, font.getSize2D() * max / (float) width);
        return font.deriveFont(size);
    }
}
