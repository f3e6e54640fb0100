package org.reeplanner.ui.guide;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
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

/**
 * Turns Markdown blocks into JavaFX nodes styled by the app's stylesheet ({@code md-*} classes): wrapped text flows
 * with bold, italic, code and link runs, headings, lists, grid tables whose columns share the width by content, and
 * code blocks that scroll sideways rather than wrap. Links to {@code #anchors} call {@code onLink}.
 */
final class MarkdownNodes {
    private static final double MIN_COLUMN_PERCENT = 6;
    private static final int LONG_CELL = 60;

    private final Consumer<String> onLink;

    MarkdownNodes(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    Node node(MarkdownBlock block) {
        if (block instanceof MarkdownBlock.Heading h) {
            Label label = new Label(Inline.plainText(h.text()));
            label.getStyleClass().addAll("md-heading", "md-h" + h.level());
            label.setWrapText(true);
            label.setId("guide-" + h.anchor());
            return label;
        }
        if (block instanceof MarkdownBlock.Paragraph p) {
            return flow(p.text(), "md-paragraph");
        }
        if (block instanceof MarkdownBlock.ListBlock l) {
            return list(l);
        }
        if (block instanceof MarkdownBlock.Table t) {
            return table(t);
        }
        MarkdownBlock.Code code = (MarkdownBlock.Code) block;
        Label text = new Label(code.text());
        text.getStyleClass().add("md-code-block");
        ScrollPane scroll = new ScrollPane(text);
        scroll.getStyleClass().add("md-code-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    TextFlow flow(String markdown, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Inline run : Inline.parse(markdown)) {
            if (run.style() == Inline.Style.LINK && run.target().startsWith("#")) {
                Hyperlink link = new Hyperlink(run.text());
                link.getStyleClass().add("md-link");
                link.setOnAction(e -> onLink.accept(run.target().substring(1)));
                flow.getChildren().add(link);
                continue;
            }
            Text text = new Text(run.text());
            text.getStyleClass().add(switch (run.style()) {
                case BOLD -> "md-bold";
                case ITALIC -> "md-italic";
                case CODE -> "md-code";
                default -> "md-text";
            });
            flow.getChildren().add(text);
        }
        flow.setAccessibleText(Inline.plainText(markdown));
        return flow;
    }

    private Node list(MarkdownBlock.ListBlock l) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int n = 1;
        for (String item : l.items()) {
            Label marker = new Label(l.ordered() ? n++ + "." : "\u2022");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            TextFlow text = flow(item, "md-list-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(marker, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node table(MarkdownBlock.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        double[] weights = weights(t);
        for (double w : weights) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        addRow(grid, 0, t.header(), "md-th");
        for (int r = 0; r < t.rows().size(); r++) {
            addRow(grid, r + 1, t.rows().get(r), r % 2 == 0 ? "md-td" : "md-td-odd");
        }
        return grid;
    }

    private void addRow(GridPane grid, int row, List<String> cells, String styleClass) {
        for (int c = 0; c < cells.size(); c++) {
            TextFlow cell = flow(cells.get(c), "md-cell");
            cell.getStyleClass().add(styleClass);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            grid.add(cell, c, row);
        }
    }

    /** Column widths in percent: by the square root of each column's longest cell, long texts capped. */
    private static double[] weights(MarkdownBlock.Table t) {
        int columns = t.header().size();
        double[] w = new double[columns];
        for (int c = 0; c < columns; c++) {
            int longest = Inline.plainText(t.header().get(c)).length();
            for (List<String> row : t.rows()) {
                longest = Math.max(longest, Inline.plainText(row.get(c)).length());
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
}
