package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the project's fact sheet (reference/domain-facts.md) that parameter sources cite, shipped inside the
 * application as {@code fact-rows.json} and keyed by row ID ({@code M1}, {@code C4}), with the data's vintage.
 */
public final class FactSheet {
    static final String RESOURCE = "fact-rows.json";

    private final String vintage;
    private final Map<String, Row> rows;

    /** One row: the section it sits in, the fact, its other columns and its source. */
    public record Row(String id, String section, String fact, String details, String source) {
    }

    private FactSheet(String vintage, Map<String, Row> rows) {
        this.vintage = vintage;
        this.rows = Collections.unmodifiableMap(rows);
    }

    /** The shipped fact rows; fails loudly if the application was built without them. */
    public static FactSheet readShipped() {
        try (InputStream in = FactSheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the fact rows are missing from the application: " + RESOURCE);
            }
            return parse(JsonDocument.parse(RESOURCE, in.readAllBytes()));
        } catch (IOException | InputException e) {
            throw new IllegalStateException("the shipped fact rows are unreadable: " + e.getMessage(), e);
        }
    }

    private static FactSheet parse(JsonNode root) {
        Map<String, Row> rows = new LinkedHashMap<>();
        JsonNode node = root.path("rows");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            rows.put(e.getKey(), new Row(e.getKey(), r.path("section").asText(""), r.path("fact").asText(""),
                    r.path("details").asText(""), r.path("source").asText("")));
        }
        return new FactSheet(root.path("vintage").asText(""), rows);
    }

    /** Which editions the facts come from, e.g. "USGS Mineral Commodity Summaries 2026 (Feb 2026), …". */
    public String vintage() {
        return vintage;
    }

    /** The row with this ID, if the fact sheet has it. */
    public Optional<Row> row(String id) {
        return Optional.ofNullable(id == null ? null : rows.get(id.trim()));
    }

    public Map<String, Row> rows() {
        return rows;
    }
}
