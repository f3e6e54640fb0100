package org.reeplanner.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Turns the blocks of a CommonMark tree into JavaFX nodes styled by the app's stylesheet ({@code md-*} classes):
 * wrapped text flows with bold, italic, code and link runs, headings, lists, grid tables whose columns share the
 * width by content, and code blocks that scroll sideways rather than wrap. Links to {@code #anchors} call
 * {@code onLink}; other links show as their text.
 */
final class MarkdownNodes {
    private static final double MIN_COLUMN_PERCENT = 6;
    private static final int LONG_CELL = 60;

    private final Consumer<String> onLink;

    MarkdownNodes(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    javafx.scene.Node node(Node block) {
        if (block instanceof Heading h) {
            Label label = new Label(Markdown.plainText(h));
            label.getStyleClass().addAll("md-heading", "md-h" + h.getLevel());
            label.setWrapText(true);
            label.setId("guide-" + Markdown.anchor(h));
            return label;
        }
        if (block instanceof Paragraph p) {
            return flow(p, "md-paragraph");
        }
        if (block instanceof ListBlock l) {
            return list(l);
        }
        if (block instanceof TableBlock t) {
            return table(t);
        }
        if (block instanceof FencedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (block instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (block instanceof HtmlBlock c) {
            return code(c.getLiteral());
        }
        VBox box = new VBox(); // a block quote or a rule: its blocks one under the other
        Markdown.children(block).forEach(child -> box.getChildren().add(node(child)));
        return box;
    }

    TextFlow flow(Node inlines, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        new Runs(flow).add(inlines);
        flow.setAccessibleText(Markdown.plainText(inlines));
        return flow;
    }

    private static javafx.scene.Node code(String literal) {
        Label text = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        text.getStyleClass().add("md-code-block");
        ScrollPane scroll = new ScrollPane(text);
        scroll.getStyleClass().add("md-code-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    private javafx.scene.Node list(ListBlock l) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int n = l instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item : Markdown.children(l)) {
            Label marker = new Label(l instanceof OrderedList ? n++ + "." : "\u2022");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            javafx.scene.Node text = item((ListItem) item);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(marker, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    /** A list item's text; an item of more than one paragraph, or with a list inside, as blocks one under another. */
    private javafx.scene.Node item(ListItem item) {
        List<Node> blocks = Markdown.children(item);
        if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph p) {
            return flow(p, "md-list-text");
        }
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        for (Node block : blocks) {
            box.getChildren().add(block instanceof Paragraph p ? flow(p, "md-list-text") : node(block));
        }
        return box;
    }

    private javafx.scene.Node table(TableBlock t) {
        List<List<Node>> rows = new ArrayList<>();
        for (Node part : Markdown.children(t)) { // the head, then the body
            for (Node row : Markdown.children(part)) {
                if (row instanceof TableRow) {
                    rows.add(Markdown.children(row));
                }
            }
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        for (double w : weights(rows)) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        int body = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Node> cells = rows.get(r);
            boolean header = !cells.isEmpty() && cells.get(0) instanceof TableCell cell && cell.isHeader();
            String styleClass = header ? "md-th" : body++ % 2 == 0 ? "md-td" : "md-td-odd";
            for (int c = 0; c < cells.size(); c++) {
                TextFlow cell = flow(cells.get(c), "md-cell");
                cell.getStyleClass().add(styleClass);
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    /** Column widths in percent: by the square root of each column's longest cell, long texts capped. */
    private static double[] weights(List<List<Node>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        double[] w = new double[columns];
        for (int c = 0; c < columns; c++) {
            int longest = 0;
            for (List<Node> row : rows) {
                longest = c < row.size() ? Math.max(longest, Markdown.plainText(row.get(c)).length()) : longest;
            }
            w[c] = Math.sqrt(Math.min(longest, LONG_CELL * 2) + 4.0);
        }
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        for (int c = 0; c < columns; c++) {
            w[c] = Math.max(MIN_COLUMN_PERCENT, 100 * w[c] / sum);
        }
        double total = 0;
        for (double v : w) {
            total += v;
        }
        for (int c = 0; c < columns; c++) {
            w[c] = w[c] * 100 / total;
        }
        return w;
    }

    /**
     * Walks inline nodes into a text flow: one {@code Text} per run of text in the same style (its classes: the
     * emphasis around it, {@code md-text} where there is none) and a {@code Hyperlink} per link to an anchor.
     */
    private final class Runs extends AbstractVisitor {
        private final TextFlow flow;
        private final List<String> styles = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private List<String> runStyles = List.of();

        Runs(TextFlow flow) {
            this.flow = flow;
        }

        void add(Node parent) {
            visitChildren(parent);
            flush();
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            append(text.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            append(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            append("\n");
        }

        @Override
        public void visit(HtmlInline html) {
            append(html.getLiteral());
        }

        @Override
        public void visit(Code code) {
            styles.add("md-code");
            append(code.getLiteral());
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled("md-italic", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled("md-bold", strong);
        }

        @Override
        public void visit(Link link) {
            if (!link.getDestination().startsWith("#")) {
                visitChildren(link);
                return;
            }
            flush();
            Hyperlink hyperlink = new Hyperlink(Markdown.plainText(link));
            hyperlink.getStyleClass().add("md-link");
            hyperlink.setOnAction(e -> onLink.accept(link.getDestination().substring(1)));
            flow.getChildren().add(hyperlink);
        }

        private void styled(String styleClass, Node node) {
            styles.add(styleClass);
            visitChildren(node);
            styles.remove(styles.size() - 1);
        }

        private void append(String text) {
            List<String> now = styles.isEmpty() ? List.of("md-text") : List.copyOf(styles);
            if (!now.equals(runStyles)) {
                flush();
                runStyles = now;
            }
            run.append(text);
        }

        private void flush() {
            if (run.length() > 0) {
                Text text = new Text(run.toString());
                text.getStyleClass().addAll(runStyles);
                flow.getChildren().add(text);
                run.setLength(0);
            }
        }
    }
}
