package org.reeplanner.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    @Test
    void readsHeadingsParagraphsListsTablesAndCode() {
        List<MarkdownBlock> blocks = MarkdownParser.parse("""
                # The impact model

                First line
                second line.

                - one
                  continued
                - two

                | a | b |
                |---|---|
                | 1 | x \\| y |

                ```
                E(I) = Emax·(1 − e^(−I/k))
                ```
                1. first
                2. second
                """);
        assertThat(blocks).containsExactly(
                new MarkdownBlock.Heading(1, "The impact model", "the-impact-model"),
                new MarkdownBlock.Paragraph("First line second line."),
                new MarkdownBlock.ListBlock(false, List.of("one continued", "two")),
                new MarkdownBlock.Table(List.of("a", "b"), List.of(List.of("1", "x | y"))),
                new MarkdownBlock.Code("E(I) = Emax·(1 − e^(−I/k))"),
                new MarkdownBlock.ListBlock(true, List.of("first", "second")));
    }

    @Test
    void anchorsFollowGitHub() {
        assertThat(MarkdownParser.anchor("11. Calibration: how the seed's tables are reproduced"))
                .isEqualTo("11-calibration-how-the-seeds-tables-are-reproduced");
        assertThat(MarkdownParser.anchor("4. Levers: focus areas and effect channels"))
                .isEqualTo("4-levers-focus-areas-and-effect-channels");
    }

    @Test
    void inlineMarkupBecomesStyledRuns() {
        assertThat(Inline.parse("**Spend.** `s(t) = I / d` for *upper* bound, see [§2](#2-baseline) and [0, 1]."))
                .containsExactly(new Inline("Spend.", Inline.Style.BOLD, null),
                        new Inline(" ", Inline.Style.PLAIN, null),
                        new Inline("s(t) = I / d", Inline.Style.CODE, null),
                        new Inline(" for ", Inline.Style.PLAIN, null),
                        new Inline("upper", Inline.Style.ITALIC, null),
                        new Inline(" bound, see ", Inline.Style.PLAIN, null),
                        new Inline("§2", Inline.Style.LINK, "#2-baseline"),
                        new Inline(" and [0, 1].", Inline.Style.PLAIN, null));
        assertThat(Inline.parse("3x² − 2x³ for 0 < x < 1 · a*b")).singleElement()
                .extracting(Inline::style).isEqualTo(Inline.Style.PLAIN);
    }

    @Test
    void theModelGuideParsesIntoItsSectionsWithEveryLinkResolved() throws Exception {
        List<MarkdownBlock> blocks = MarkdownParser.parse(Files.readString(Path.of("docs/model.md")));
        List<String> anchors = blocks.stream().filter(b -> b instanceof MarkdownBlock.Heading)
                .map(b -> ((MarkdownBlock.Heading) b).anchor()).toList();
        assertThat(anchors).contains("1-units-regions-stages-and-time", "14-parameters", "fact-rows-cited");
        assertThat(blocks).filteredOn(b -> b instanceof MarkdownBlock.Table).hasSizeGreaterThan(10);
        assertThat(blocks).filteredOn(b -> b instanceof MarkdownBlock.Code).hasSizeGreaterThan(5);
        blocks.stream().flatMap(MarkdownParserTest::texts).flatMap(t -> Inline.parse(t).stream())
                .filter(r -> r.style() == Inline.Style.LINK && r.target().startsWith("#"))
                .forEach(r -> assertThat(anchors).as(r.text()).contains(r.target().substring(1)));
        assertThat(blocks).noneMatch(b -> b instanceof MarkdownBlock.Paragraph p && p.text().startsWith("|"));
    }

    private static java.util.stream.Stream<String> texts(MarkdownBlock b) {
        if (b instanceof MarkdownBlock.Paragraph p) {
            return java.util.stream.Stream.of(p.text());
        }
        if (b instanceof MarkdownBlock.ListBlock l) {
            return l.items().stream();
        }
        if (b instanceof MarkdownBlock.Table t) {
            return t.rows().stream().flatMap(List::stream);
        }
        return java.util.stream.Stream.empty();
    }
}
