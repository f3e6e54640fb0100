package org.reeplanner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reeplanner.model.Problem;

/**
 * Turns Jackson's parse failures into problems people can act on: where (line and column, and the JSON path when
 * the parser knew it), what was found, and what is allowed.
 */
final class JsonSyntaxProblems {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"?'?([^'\"]*)");

    private JsonSyntaxProblems() {
    }

    /** A document that breaks a size limit: nesting too deep, or a number or text too long. */
    static Problem tooLarge(StreamConstraintsException e, int maxDepth) {
        String message = firstLine(e.getOriginalMessage());
        String where = where(e.getLocation());
        if (message.contains("nesting")) {
            return Problem.error(where, "nesting deeper than " + maxDepth + " levels",
                    "nesting up to " + maxDepth + " levels");
        }
        if (message.startsWith("Number")) {
            return Problem.error(where, "a number with too many digits", "a number of at most 40 characters");
        }
        return Problem.error(where, "a value too long (" + message + ")", "texts and names of reasonable length");
    }

    /** Malformed JSON, with line and column; a duplicate field is reported at its JSON path. */
    static Problem malformed(JsonProcessingException e) {
        String message = firstLine(e.getOriginalMessage());
        String where = where(e.getLocation());
        String path = pathOf(e);
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find() && path != null && !path.isEmpty()) {
            return Problem.error(path, "the field '" + duplicate.group(1) + "' a second time (" + where + ")",
                    "each field once");
        }
        String near = path == null || path.isEmpty() ? "" : " (near " + path + ")";
        return Problem.error(where, "malformed JSON: " + plain(message) + near, "well-formed JSON");
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "(file)" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The dotted path (levers.mining) the parser was at when it failed, or null when it cannot tell. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    /** Jackson's message without its configuration jargon, which means nothing to the person who wrote the file. */
    private static String plain(String message) {
        return message.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll(" \\(JSON String, Number \\(or 'NaN'/'\\+INF'/'-INF'\\), Array, Object or token 'null', "
                        + "'true' or 'false'\\)", " a JSON value");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
