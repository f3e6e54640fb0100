package org.reeplanner.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text source of each fact-sheet row into a {@link SourceCitation}: the first source named (the text
 * before the first ";") gives the publisher — a known name spelled out ("IEA" → International Energy Agency), else
 * the site or name it starts with — and "via X" the channel; a known series (USGS Mineral Commodity Summaries, IEA
 * Global Critical Minerals Outlook, USGS Minerals Yearbook and Open-File Reports) gives the title and year, the latest
 * edition named; otherwise a quoted or comma-separated title, and the first year of the source, else of the row's
 * "Date:"/"Year:" column or its closing parenthesis (the date of the fact), else of its parenthesised text. "same"
 * cites the row before; a row that names other rows ("J10 sources", "computed from C1, C5") cites theirs; a row the
 * fact sheet marks "not found" cites nothing.
 */
public final class SourceCitations {
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b|\\bFY ?(20\\d\\d|\\d\\d)\\b");
    private static final Pattern ROW_REF = Pattern.compile("\\b([A-Z]{1,2}\\d{1,3})\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{8,160})[\"”]");
    private static final Pattern DATE_FIELD = Pattern.compile("(?:Date|Year): ([^;]*)");
    private static final Pattern TRAILING = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final String[][] SERIES = {
        {"\\bMCS ?(\\d{4})(?:/\\d{4})?(?:-(H?RE))?", "Mineral Commodity Summaries %s", "U.S. Geological Survey"},
        {"\\bMYB ?(\\d{4})", "Minerals Yearbook %s", "U.S. Geological Survey"},
        {"\\bGCMO ?(\\d{4})", "Global Critical Minerals Outlook %s", "International Energy Agency"},
        {"\\bOFR (\\d{4})-\\d{4}", "Open-File Report %s", "U.S. Geological Survey"},
    };

    private SourceCitations() {
    }

    /** Every row's citation, in the fact sheet's order. */
    public static Map<String, SourceCitation> all(FactSheet sheet) {
        Map<String, SourceCitation> out = new LinkedHashMap<>();
        sheet.rows().values().forEach(r -> out.put(r.id(), of(r, sheet)));
        return out;
    }

    /** The citation of {@code row}, following "same" and row references within {@code sheet}. */
    public static SourceCitation of(FactSheet.Row row, FactSheet sheet) {
        return of(row, sheet, 0);
    }

    private static SourceCitation of(FactSheet.Row row, FactSheet sheet, int depth) {
        String source = row.source().replaceFirst("^Sources?:\\s*", "").strip();
        if (source.isEmpty() || source.equals("—")) {
            int dash = row.fact().lastIndexOf(" — ");
            source = dash < 0 ? "" : row.fact().substring(dash + 3).strip();
        }
        if (source.isEmpty() || notFound(row)) {
            return new SourceCitation(row.id(), null, null, 0, null, "not found: the fact sheet has no source for "
                    + "this figure");
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (depth < 3 && (lower.startsWith("same") || lower.contains("(same)"))) {
            FactSheet.Row before = previous(row, sheet);
            if (before != null) {
                SourceCitation c = of(before, sheet, depth + 1);
                return new SourceCitation(row.id(), c.title(), c.publisher(), c.year(), c.via(), c.note());
            }
        }
        String first = source.split(";")[0].strip();
        if (depth < 3 && (lower.startsWith("computed") || first.matches("[A-Z]{1,2}\\d{1,3}( sources)?"))) {
            return cited(row, lower.startsWith("computed") ? source + " " + row.details() : first, sheet, depth);
        }
        return parse(row, source, first);
    }

    private static SourceCitation parse(FactSheet.Row row, String source, String first) {
        String publisher = publisher(source, first);
        boolean usgs = SERIES[0][2].equals(publisher);
        String[] series = usgs || SERIES[2][2].equals(publisher) ? series(source) : series(first);
        if (series == null && usgs) {
            series = series(row.details());
        }
        String via = series != null ? series[3] : via(first);
        String title = series != null ? series[0] : title(source, first);
        if (series != null && publisher == null) {
            publisher = series[1];
        }
        int year = series != null ? Integer.parseInt(series[2]) : year(first);
        if (year == 0) {
            year = year(source);
        }
        if (year == 0) {
            Matcher date = DATE_FIELD.matcher(row.details());
            year = date.find() ? year(date.group(1)) : 0;
        }
        if (year == 0) {
            Matcher trailing = TRAILING.matcher(row.details());
            year = trailing.find() ? year(trailing.group(1)) : 0;
        }
        if (year == 0) {
            year = year(parenthesised(row.details() + " " + row.fact()));
        }
        return new SourceCitation(row.id(), title, publisher, year, via, null);
    }

    /** The citation of rows that name others: their publishers and the latest of their years. */
    private static SourceCitation cited(FactSheet.Row row, String text, FactSheet sheet, int depth) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = ROW_REF.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(row.id()) && sheet.row(m.group(1)).isPresent()) {
                refs.add(m.group(1));
            }
        }
        Set<String> publishers = new LinkedHashSet<>();
        int year = 0;
        List<SourceCitation> cited = new ArrayList<>();
        for (String ref : refs) {
            SourceCitation c = of(sheet.row(ref).orElseThrow(), sheet, depth + 1);
            cited.add(c);
            if (c.publisher() != null) {
                publishers.add(c.publisher());
            }
            year = Math.max(year, c.year());
        }
        String from = String.join(", ", refs);
        if (text.toLowerCase(Locale.ROOT).startsWith("computed")) {
            return new SourceCitation(row.id(), null, publishers.isEmpty() ? null : String.join("; ", publishers),
                    year, null, "computed in the fact sheet from " + (from.isEmpty() ? "its other rows" : from));
        }
        SourceCitation c = cited.isEmpty() ? new SourceCitation(row.id(), null, null, 0, null, null) : cited.get(0);
        return new SourceCitation(row.id(), c.title(), c.publisher(), c.year(), c.via(), "as row " + from);
    }

    /**
     * {title, publisher, year, via} of the latest edition of a known series named in {@code text} (via: the channel
     * named right after it, or null), or null.
     */
    private static String[] series(String text) {
        String[] best = null;
        for (String[] s : SERIES) {
            Matcher m = Pattern.compile(s[0]).matcher(text);
            while (m.find()) {
                String chapter = m.groupCount() > 1 && m.group(2) != null
                        ? (m.group(2).equals("HRE") ? ": Heavy Rare Earths" : ": Rare Earths") : "";
                if (best == null || m.group(1).compareTo(best[2]) > 0
                        || m.group(1).equals(best[2]) && best[0].endsWith(m.group(1)) && !chapter.isEmpty()) {
                    String alternative = m.group().matches(".*\\d{4}/\\d{4}.*")
                            ? m.group().replaceAll(".*/(\\d{4}).*", "$1") : m.group(1);
                    String after = text.substring(m.end()).replaceFirst("^\\s*\\([^)]*\\)", "");
                    best = new String[] {String.format(s[1], alternative) + chapter, s[2], alternative,
                        after.matches("\\s+via\\s.*") ? via(after) : null};
                }
            }
        }
        return best;
    }

    /** The first source's publisher: a known name (earliest in the text), else the name it starts with. */
    private static String publisher(String source, String first) {
        if (first.startsWith("via ")) {
            return leadingName(first.substring(4));
        }
        String named = first.contains(" via ") ? first.substring(0, first.indexOf(" via ")) : first;
        String best = Publishers.earliest(named);
        if (best != null) {
            return best;
        }
        for (String segment : source.split(";")) {
            String name = leadingName(segment.replaceFirst("\\s+via\\s.*", ""));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** A site ("mining.com"), a single word or a capitalised name at the start of {@code text}, else null. */
    private static String leadingName(String text) {
        String t = text.strip();
        String token = t.split("[\\s(,]")[0];
        if (token.contains(".") || token.matches("[a-z]+\\d*") && t.split("[(,]")[0].strip().equals(token)) {
            return token.isEmpty() || token.matches("[A-Z]{1,2}\\d{1,3}") ? null : token;
        }
        String name = t.split("[(,]")[0].strip();
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !name.matches("[A-Z]{1,2}\\d{1,3}.*")
                ? name : null;
    }

    /** "rareearthexchanges.com" in "IEA commentary … via rareearthexchanges.com (…)". */
    private static String via(String first) {
        int at = first.indexOf("via ");
        if (at <= 0 || !Character.isWhitespace(first.charAt(at - 1))) {
            return null;
        }
        String v = first.substring(at + 4).split("[(;]")[0].strip().replaceFirst("[,.]$", "");
        return v.isEmpty() ? null : v;
    }

    /** A quoted title, or a capitalised comma-separated piece of four or more words after the publisher. */
    private static String title(String source, String first) {
        Matcher q = QUOTED.matcher(source);
        while (q.find()) {
            boolean encyclopedia = source.substring(0, q.start()).strip().endsWith("Wikipedia");
            if (!encyclopedia && q.group(1).strip().split("\\s+").length >= 3) {
                return "“" + q.group(1).strip() + "”";
            }
        }
        String[] pieces = first.split(", ");
        for (int i = 1; i < pieces.length && !Character.isLowerCase(pieces[i].charAt(0)); i++) {
            String piece = pieces[i].split(" \\(")[0].strip();
            if (piece.split("\\s+").length >= 4 && Character.isUpperCase(piece.charAt(0))
                    && !piece.contains("et al")) {
                return piece;
            }
        }
        return null;
    }

    private static int year(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return 0;
        }
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        int fy = Integer.parseInt(m.group(2));
        return fy < 100 ? 2000 + fy : fy;
    }

    /** A "Not found" row of the fact sheet, or one with no source whose figure it did not find. */
    private static boolean notFound(FactSheet.Row row) {
        String source = row.source().strip();
        return row.fact().toLowerCase(Locale.ROOT).startsWith("not found") || (source.isEmpty()
                || source.equals("—")) && row.details().toLowerCase(Locale.ROOT).startsWith("not found");
    }

    /** The parenthesised parts of {@code text}, where a date is usually given: "Wright (1936)". */
    private static String parenthesised(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = PARENTHESES.matcher(text);
        while (m.find()) {
            out.append(m.group()).append(' ');
        }
        return out.toString();
    }

    private static FactSheet.Row previous(FactSheet.Row row, FactSheet sheet) {
        FactSheet.Row before = null;
        for (FactSheet.Row r : sheet.rows().values()) {
            if (r.id().equals(row.id())) {
                return before;
            }
            before = r;
        }
        return null;
    }
}
