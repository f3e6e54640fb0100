package org.reeplanner.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.reeplanner.model.Problem;

/**
 * Turns the bytes of a JSON file into a tree, refusing what is not a sane JSON document with a problem that says
 * why: empty, too large, binary, not UTF-8, too deeply nested, or malformed (with line and column).
 */
public final class JsonDocument {
    /** Scenario and data files are a few kilobytes; anything past this is not one. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    private static final ObjectMapper MAPPER = createMapper();

    private JsonDocument() {
    }

    /** Parses {@code bytes} read from {@code source}; the root must be a JSON object. */
    public static JsonNode parse(String source, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(source, Problem.error("(file)", "an empty file", "a JSON object"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(source, Problem.error("(file)", bytes.length + " bytes",
                    "at most " + MAX_BYTES + " bytes"));
        }
        checkTextEncoding(source, bytes);
        String text = decodeUtf8(source, bytes);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InputException(source, Problem.error("(file)", "no JSON value", "a JSON object"));
            }
            if (!root.isObject()) {
                throw new InputException(source, Problem.error("(root)", "a JSON " + root.getNodeType()
                        .name().toLowerCase(java.util.Locale.ROOT), "a JSON object { ... }"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new InputException(source, JsonSyntaxProblems.tooLarge(e, MAX_DEPTH));
        } catch (JsonProcessingException e) {
            throw new InputException(source, JsonSyntaxProblems.malformed(e));
        } catch (IOException e) {
            throw new InputException(source, Problem.error("(file)", e.getMessage(), "a readable JSON file"));
        }
    }

    private static String decodeUtf8(String source, byte[] bytes) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(source, Problem.error("(file)", "bytes that are not UTF-8 text",
                    "a UTF-8 encoded JSON file"));
        }
    }

    /**
     * Refuses binary data and text in another encoding before parsing, since either would otherwise surface as a
     * puzzling syntax error at the first odd byte.
     */
    private static void checkTextEncoding(String source, byte[] bytes) throws InputException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new InputException(source, Problem.error("(file)", "UTF-16 or UTF-32 text (a byte-order mark)",
                    "a UTF-8 encoded JSON file: save it as UTF-8"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(source, Problem.error("(file)", "binary data (a NUL byte at offset " + i
                        + ")", "a UTF-8 text file with a JSON object"));
            }
        }
    }

    private static ObjectMapper createMapper() {
        // NaN and Infinity are read so that the field reader can report them with their path, alongside every other
        // problem, instead of stopping the whole parse at the first one.
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(100_000)
                        .maxNumberLength(40)
                        .build())
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }
}
