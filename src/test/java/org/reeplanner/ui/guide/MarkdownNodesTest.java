package org.reeplanner.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The help pages' Markdown, parsed by CommonMark, becomes the guide's styled JavaFX nodes. */
@ExtendWith(ApplicationExtension.class)
class MarkdownNodesTest {
    private final List<String> links = new ArrayList<>();
    private final MarkdownNodes nodes = new MarkdownNodes(links::add);

    @Start
    void start(Stage stage) {
        // the toolkit runs; the nodes need no window
    }

    @Test
    void headingsParagraphsListsTablesAndCodeBecomeTheirNodes() {
        List<javafx.scene.Node> blocks = render("""
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
                3. third
                4. fourth
                """);

        assertThat(blocks).hasSize(6);
        Label heading = (Label) blocks.get(0);
        assertThat(heading.getText()).isEqualTo("The impact model");
        assertThat(heading.getStyleClass()).contains("md-heading", "md-h1");
        assertThat(heading.getId()).isEqualTo("guide-the-impact-model");
        assertThat(text(blocks.get(1))).isEqualTo("First line second line.");
        assertThat(listItems(blocks.get(2))).containsExactly("\u2022 one continued", "\u2022 two");
        GridPane table = (GridPane) blocks.get(3);
        assertThat(table.getChildren()).map(MarkdownNodesTest::text).containsExactly("a", "b", "1", "x | y");
        assertThat(table.getChildren().get(0).getStyleClass()).contains("md-cell", "md-th");
        assertThat(table.getChildren().get(2).getStyleClass()).contains("md-cell", "md-td");
        Label code = (Label) ((ScrollPane) blocks.get(4)).getContent();
        assertThat(code.getText()).isEqualTo("E(I) = Emax·(1 − e^(−I/k))");
        assertThat(listItems(blocks.get(5))).containsExactly("3. third", "4. fourth");
    }

    @Test
    void inlineMarkupBecomesStyledRunsAndAnchorLinksJump() {
        TextFlow flow = (TextFlow) render(
                "**Spend.** `s(t) = I / d` for *upper* bound, see [§2](#2-baseline) and [0, 1].").get(0);

        assertThat(flow.getChildren()).map(MarkdownNodesTest::run).containsExactly("md-bold:Spend.", "md-text: ",
                "md-code:s(t) = I / d", "md-text: for ", "md-italic:upper", "md-text: bound, see ", "link:§2",
                "md-text: and [0, 1].");
        ((Hyperlink) flow.getChildren().get(6)).fire();
        assertThat(links).containsExactly("2-baseline");
        assertThat(flow.getAccessibleText()).isEqualTo("Spend. s(t) = I / d for upper bound, see §2 and [0, 1].");
        assertThat(((TextFlow) render("3x² − 2x³ for 0 < x < 1 · a*b").get(0)).getChildren())
                .map(MarkdownNodesTest::run).containsExactly("md-text:3x² − 2x³ for 0 < x < 1 · a*b");
    }

    @Test
    void anchorsFollowGitHub() {
        assertThat(Markdown.anchor(Markdown.parse("## 11. Calibration: how the seed's tables are reproduced")
                .getFirstChild())).isEqualTo("11-calibration-how-the-seeds-tables-are-reproduced");
        assertThat(Markdown.anchor(Markdown.parse("### 4. Levers: *focus areas* and `effect` channels")
                .getFirstChild())).isEqualTo("4-levers-focus-areas-and-effect-channels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/model.md", "docs/guide/model-guide.md", "docs/guide/quick-start.md"})
    void theShippedDocumentsParseIntoTablesAndCodeWithEveryLinkResolved(String file) throws Exception {
        Node document = Markdown.parse(Files.readString(Path.of(file)));
        List<Node> blocks = Markdown.children(document);
        Set<String> anchors = blocks.stream().filter(Heading.class::isInstance).map(Markdown::anchor)
                .collect(Collectors.toSet());
        List<Link> inner = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith("#")) {
                    inner.add(link);
                }
            }
        });

        assertThat(inner).allSatisfy(l -> assertThat(anchors).as(Markdown.plainText(l))
                .contains(l.getDestination().substring(1)));
        assertThat(blocks).filteredOn(TableBlock.class::isInstance).isNotEmpty();
        assertThat(blocks).noneMatch(b -> b instanceof Paragraph && Markdown.plainText(b).startsWith("|"));
        assertThat(blocks.stream().map(nodes::node)).doesNotContainNull();
        if (file.equals("docs/model.md")) {
            assertThat(anchors).contains("1-units-regions-stages-and-time", "14-parameters", "fact-rows-cited");
            assertThat(blocks).filteredOn(TableBlock.class::isInstance).hasSizeGreaterThan(10);
            assertThat(blocks).filteredOn(FencedCodeBlock.class::isInstance).hasSizeGreaterThan(5);
        }
    }

    private List<javafx.scene.Node> render(String markdown) {
        return Markdown.children(Markdown.parse(markdown)).stream().map(nodes::node).toList();
    }

    private static String run(javafx.scene.Node node) {
        return node instanceof Hyperlink h ? "link:" + h.getText()
                : String.join(" ", node.getStyleClass()) + ":" + ((Text) node).getText();
    }

    private static String text(javafx.scene.Node flow) {
        return ((TextFlow) flow).getChildren().stream().map(n -> n instanceof Text t ? t.getText()
                : ((Hyperlink) n).getText()).collect(Collectors.joining());
    }

    private static List<String> listItems(javafx.scene.Node list) {
        return ((VBox) list).getChildren().stream().map(row -> ((HBox) row).getChildren())
                .map(row -> ((Label) row.get(0)).getText() + " " + text(row.get(1))).toList();
    }
}
