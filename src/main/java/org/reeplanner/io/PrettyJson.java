package org.reeplanner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.Arrays;

/**
 * The one layout of every JSON file the planner writes for people to read: two-space indentation, {@code "key":
 * value}, {@code \n} line ends whatever the platform, UTF-8 and a trailing newline.
 */
final class PrettyJson {
    private static final ObjectWriter WRITER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(prettyPrinter());

    private PrettyJson() {
    }

    /** {@code value} (a record or a tree) as pretty UTF-8 JSON ending in a newline. */
    static byte[] toBytes(Object value) {
        try {
            byte[] json = WRITER.writeValueAsBytes(value);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new IllegalStateException("cannot turn " + value.getClass().getSimpleName() + " into JSON", e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(separators);
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
        return pretty;
    }
}
