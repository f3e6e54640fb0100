package org.reeplanner.ui.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown the project's documents use into blocks: ATX headings, paragraphs, bulleted and numbered lists
 * (with indented continuation lines), pipe tables and fenced code. Not a full CommonMark parser, and need not be:
 * it is tested against docs/model.md, the one document it shows.
 */
public final class MarkdownParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d+[.)]\\s+(.*)$");
    private static final Pattern SEPARATOR_CELL = Pattern.compile("^\\s*:?-{3,}:?\\s*$");

    private MarkdownParser() {
    }

    public static List<MarkdownBlock> parse(String markdown) {
        List<String> lines = Arrays.asList(markdown.replace("\r\n", "\n").split("\n", -1));
        List<MarkdownBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                i = code(lines, i, blocks);
            } else if (HEADING.matcher(line).matches()) {
                Matcher m = HEADING.matcher(line);
                m.matches();
                blocks.add(new MarkdownBlock.Heading(m.group(1).length(), m.group(2), anchor(m.group(2))));
                i++;
            } else if (isTableStart(lines, i)) {
                i = table(lines, i, blocks);
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                i = list(lines, i, blocks);
            } else {
                i = paragraph(lines, i, blocks);
            }
        }
        return blocks;
    }

    /** The anchor GitHub makes of a heading: lower case, punctuation dropped, spaces as hyphens. */
    public static String anchor(String heading) {
        String plain = Inline.plainText(heading).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static int code(List<String> lines, int start, List<MarkdownBlock> blocks) {
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
            text.append(text.length() == 0 && i == start + 1 ? "" : "\n").append(lines.get(i));
            i++;
        }
        blocks.add(new MarkdownBlock.Code(text.toString()));
        return Math.min(lines.size(), i + 1);
    }

    private static boolean isTableStart(List<String> lines, int i) {
        if (!lines.get(i).trim().startsWith("|") || i + 1 >= lines.size()) {
            return false;
        }
        List<String> separator = cells(lines.get(i + 1));
        return !separator.isEmpty() && separator.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
    }

    private static int table(List<String> lines, int start, List<MarkdownBlock> blocks) {
        List<String> header = cells(lines.get(start));
        List<List<String>> rows = new ArrayList<>();
        int i = start + 2;
        while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
            List<String> row = new ArrayList<>(cells(lines.get(i)));
            while (row.size() < header.size()) {
                row.add("");
            }
            rows.add(row.subList(0, header.size()));
            i++;
        }
        blocks.add(new MarkdownBlock.Table(header, rows));
        return i;
    }

    /** The cells of a pipe-table line; a "\|" inside a cell is a literal bar. */
    static List<String> cells(String line) {
        String t = line.trim();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '\\' && k + 1 < t.length() && t.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static int list(List<String> lines, int start, List<MarkdownBlock> blocks) {
        boolean ordered = NUMBERED.matcher(lines.get(start)).matches() && !BULLET.matcher(lines.get(start)).matches();
        List<String> items = new ArrayList<>();
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            String line = lines.get(i);
            Matcher m = (ordered ? NUMBERED : BULLET).matcher(line);
            if (m.matches()) {
                items.add(m.group(1).trim());
            } else if (!items.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.trim());
            } else {
                break;
            }
            i++;
        }
        blocks.add(new MarkdownBlock.ListBlock(ordered, items));
        return i;
    }

    private static int paragraph(List<String> lines, int start, List<MarkdownBlock> blocks) {
        StringBuilder text = new StringBuilder();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("```") || HEADING.matcher(line).matches()
                    || (i > start && (BULLET.matcher(line).matches() || isTableStart(lines, i)))) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(line.trim());
            i++;
        }
        blocks.add(new MarkdownBlock.Paragraph(text.toString()));
        return i;
    }
}
