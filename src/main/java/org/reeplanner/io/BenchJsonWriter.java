package org.reeplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the benchmark figures of {@code bench} as pretty JSON (flat keys, numbers, booleans, text, null). */
public final class BenchJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchJsonWriter() {
    }

    public static byte[] toBytes(Map<String, Object> figures) {
        try {
            return (MAPPER.writeValueAsString(figures) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("benchmark figures cannot be written as JSON", e);
        }
    }
}
