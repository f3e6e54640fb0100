package org.reeplanner.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A help page of the app (Help → Quick start, Model guide): a Markdown file of docs/guide (shipped inside the
 * application under {@code /docs/guide/}) read into blocks, with its sections for the contents list. Read on first
 * use.
 */
public final class GuideViewModel {
    /** One page for a first session: levers, cards, briefing, keys. */
    public static final String QUICK_START = "/docs/guide/quick-start.md";
    /** The model explained for analysts, with the facts it rests on spelled out. */
    public static final String MODEL_GUIDE = "/docs/guide/model-guide.md";
    private final String resource;
    private List<MarkdownBlock> blocks;

    public GuideViewModel(String resource) {
        this.resource = resource;
    }

    /** The guide's blocks, read and parsed on the first call. */
    public List<MarkdownBlock> blocks() {
        if (blocks == null) {
            blocks = MarkdownParser.parse(read());
        }
        return blocks;
    }

    /** The second-level headings: the guide's sections, in order. */
    public List<MarkdownBlock.Heading> sections() {
        return blocks().stream().filter(b -> b instanceof MarkdownBlock.Heading h && h.level() == 2)
                .map(b -> (MarkdownBlock.Heading) b).toList();
    }

    /** The guide's title: its first heading. */
    public String title() {
        return blocks().stream().filter(b -> b instanceof MarkdownBlock.Heading).map(b -> ((MarkdownBlock.Heading) b)
                .text()).findFirst().orElse("");
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
