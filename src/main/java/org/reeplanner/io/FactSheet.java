package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;

/**
 * The rows of the project's fact sheet (reference/domain-facts.md) that parameter sources cite, shipped inside the
 * application as {@code fact-rows.json} and keyed by row ID ({@code M1}, {@code C4}), with the data's vintage.
 */
public final class FactSheet {
    static final String RESOURCE = "fact-rows.json";
    private static final Pattern ROW_ID = Pattern.compile("\\b([A-Z]{1,2}\\d{1,3})\\b");

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

    /** The rows the parameters' sources cite (by row ID, e.g. "C4" in "C4; assumption"), in the fact sheet's order. */
    public List<Row> citedBy(ParameterSet parameters) {
        Set<String> ids = new HashSet<>();
        for (ParameterSpec spec : parameters.specs()) {
            Matcher m = ROW_ID.matcher(spec.source());
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return rows.values().stream().filter(r -> ids.contains(r.id())).toList();
    }
}
