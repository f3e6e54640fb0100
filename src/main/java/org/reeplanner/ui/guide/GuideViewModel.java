package org.reeplanner.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A help page of the app (Help → Quick start, Model guide): a Markdown file of docs/guide (shipped inside the
 * application under {@code /docs/guide/}) parsed into a document, with its sections for the contents list. Read on
 * first use.
 */
public final class GuideViewModel {
    /** One page for a first session: levers, cards, briefing, keys. */
    public static final String QUICK_START = "/docs/guide/quick-start.md";
    /** The model explained for analysts, with the facts it rests on spelled out. */
    public static final String MODEL_GUIDE = "/docs/guide/model-guide.md";
    private final String resource;
    private Node document;

    /** A section of the page: its heading's text and the anchor links jump to. */
    public record Section(String title, String anchor) {
    }

    public GuideViewModel(String resource) {
        this.resource = resource;
    }

    /** The page's Markdown tree, read and parsed on the first call. */
    public Node document() {
        if (document == null) {
            document = Markdown.parse(read());
        }
        return document;
    }

    /** The second-level headings: the guide's sections, in order. */
    public List<Section> sections() {
        return headings().filter(h -> h.getLevel() == 2)
                .map(h -> new Section(Markdown.plainText(h), Markdown.anchor(h))).toList();
    }

    /** The guide's title: its first heading. */
    public String title() {
        return headings().findFirst().map(Markdown::plainText).orElse("");
    }

    private Stream<Heading> headings() {
        return Markdown.children(document()).stream().filter(Heading.class::isInstance).map(Heading.class::cast);
    }

    private String read() {
        try (InputStream in = GuideViewModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the help page is missing from the application: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the help page " + resource, e);
        }
    }
}
