package org.reeplanner.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The in-app model guide: docs/model.md (shipped inside the application as {@code /docs/model.md}) read into blocks,
 * with its sections for the contents list. Read on first use.
 */
public final class GuideViewModel {
    static final String RESOURCE = "/docs/model.md";
    private List<MarkdownBlock> blocks;

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

    private static String read() {
        try (InputStream in = GuideViewModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the model guide is missing from the application: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model guide " + RESOURCE, e);
        }
    }
}
