package org.reeplanner.ui.guide;

import java.util.List;

/** One block of a Markdown document as the guide shows it; inline text is kept as Markdown for {@link Inline}. */
public sealed interface MarkdownBlock {

    /** A heading of level 1–6 with the anchor GitHub gives it ({@code 1-units-regions-stages-and-time}). */
    record Heading(int level, String text, String anchor) implements MarkdownBlock {
    }

    /** A paragraph; its lines joined with spaces. */
    record Paragraph(String text) implements MarkdownBlock {
    }

    /** A bulleted or numbered list; each item's lines joined with spaces. */
    record ListBlock(boolean ordered, List<String> items) implements MarkdownBlock {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A pipe table: its header cells and rows of cells. */
    record Table(List<String> header, List<List<String>> rows) implements MarkdownBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A fenced code block, exactly as written (equations and worked examples in the model guide). */
    record Code(String text) implements MarkdownBlock {
    }
}
