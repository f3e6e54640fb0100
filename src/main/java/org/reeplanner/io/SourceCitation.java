package org.reeplanner.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A fact-sheet row's source spelled out for a briefing: the publication's title where the source names one, its
 * publisher, the year, and the channel it was read through ({@code via}, e.g. a news site quoting the IEA). Parsed
 * from the row's free-text source by {@link SourceCitations}; a row the fact sheet could not source ("not found")
 * has no publisher and year 0, and {@code note} says why.
 *
 * @param title     the publication, e.g. "Mineral Commodity Summaries 2026: Rare Earths"; null when not named
 * @param publisher who published it, e.g. "U.S. Geological Survey"; null when the row has no source
 * @param year      the publication year, or the year of the fact where the source gives no date; 0 when none
 * @param via       where it was read when not first-hand, e.g. "rareearthexchanges.com"; null when first-hand
 * @param note      what the citation rests on when it is not a plain source ("computed from C1, C5"); may be null
 */
public record SourceCitation(String rowId, String title, String publisher, int year, String via, String note) {

    /** Whether the row's source yields who published it and when. */
    public boolean complete() {
        return publisher != null && year > 0;
    }

    /**
     * The citation as one line: "Mineral Commodity Summaries 2026: Rare Earths. U.S. Geological Survey, 2026",
     * "“With new export controls …”. International Energy Agency, 2025 (via rareearthexchanges.com)".
     */
    public String text() {
        return text(title);
    }

    /**
     * {@link #text()} in about {@code max} characters: a long title is cut at a word (with "…"), never the
     * publisher, the year or the channel.
     */
    public String text(int max) {
        String full = text();
        if (full.length() <= max || title == null) {
            return full;
        }
        int room = Math.max(24, title.length() - (full.length() - max) - 2);
        int cut = title.lastIndexOf(' ', room);
        String kept = title.substring(0, cut > room / 2 ? cut : room).replaceFirst("[\\s,:;.]+$", "");
        return text(kept + (title.startsWith("“") ? " …”" : " …"));
    }

    private String text(String shownTitle) {
        if (publisher == null) {
            return note == null ? "no source given" : note;
        }
        List<String> parts = new ArrayList<>();
        if (shownTitle != null) {
            parts.add(shownTitle + ".");
        }
        parts.add(publisher + (year > 0 ? ", " + year : ", no date"));
        String line = String.join(" ", parts);
        if (via != null) {
            line += " (via " + via + ")";
        }
        if (note != null) {
            line += "; " + note;
        }
        return line;
    }
}
