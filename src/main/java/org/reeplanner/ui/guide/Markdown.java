package org.reeplanner.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** The help pages' Markdown: CommonMark with GitHub's pipe tables, and the plain text and anchors of its nodes. */
final class Markdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private Markdown() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The children of a node, in order. */
    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            children.add(n);
        }
        return children;
    }

    /** The text without any markup (code keeps its text, line breaks become spaces), e.g. for anchors. */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString();
    }

    /** The anchor GitHub makes of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(Node heading) {
        return plainText(heading).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
