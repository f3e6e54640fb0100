package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.reeplanner.model.Scenario;

/**
 * Upgrades scenario files written in an older layout to the current one, so the reader only knows one layout.
 *
 * <p>Version 0 is the pre-release layout: no {@code formatVersion} field (or {@code 0}), the horizon as
 * {@code horizon} (a number of years counted from 2025, so 16 means 2025–2040) instead of {@code endYear}, every
 * lever a plain number of USD bn (programme timing and cost share did not exist yet: they take their defaults),
 * and no disruption event. Problems are reported at the paths of the file as written.
 */
final class ScenarioMigration {
    static final int MIN_HORIZON = Scenario.MIN_END_YEAR - Scenario.START_YEAR + 1;
    static final int MAX_HORIZON = Scenario.MAX_END_YEAR - Scenario.START_YEAR + 1;
    static final int DEFAULT_HORIZON = Scenario.DEFAULT_END_YEAR - Scenario.START_YEAR + 1;
    private static final Set<String> VERSION_0_FIELDS = Set.of("formatVersion", "name", "description", "horizon",
            "demandCase", "levers");

    private ScenarioMigration() {
    }

    /** Whether a file without {@code formatVersion} looks like a pre-release file rather than a broken one. */
    static boolean looksLikeVersion0(JsonNode root) {
        return !root.has("formatVersion") && root.has("horizon") && !root.has("endYear");
    }

    /**
     * The version-0 document {@code v0} in the current layout, recording an upgrade warning and any problem only
     * version 0 can have in {@code f}. Values whose checks are the same in both layouts are copied unchanged and
     * left to the reader, so each problem is reported once.
     */
    static ObjectNode fromVersion0(JsonNode v0, JsonFields f) {
        f.warning("formatVersion", "version 0 (the pre-release layout with 'horizon' and plain-number levers)",
                "version " + ScenarioFile.CURRENT_VERSION + ": the file was upgraded on loading; save it to keep "
                        + "the new layout");
        f.unknownFields(v0, "", VERSION_0_FIELDS);
        ObjectNode v1 = JsonNodeFactory.instance.objectNode();
        v1.put("formatVersion", ScenarioFile.CURRENT_VERSION);
        copy(v0, v1, "name");
        copy(v0, v1, "description");
        int horizon = f.integer(v0, "horizon", "", MIN_HORIZON, MAX_HORIZON, false, DEFAULT_HORIZON);
        if (horizon >= MIN_HORIZON) {
            v1.put("endYear", Scenario.START_YEAR + horizon - 1);
        }
        copy(v0, v1, "demandCase");
        JsonNode levers = v0.get("levers");
        if (levers == null || !levers.isObject()) {
            copy(v0, v1, "levers");
            return v1;
        }
        ObjectNode upgraded = v1.putObject("levers");
        for (Iterator<Map.Entry<String, JsonNode>> it = levers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> lever = it.next();
            if (lever.getValue().isNumber()) {
                upgraded.set(lever.getKey(), lever.getValue());
            } else {
                f.error("levers." + lever.getKey(), JsonFields.describe(lever.getValue()),
                        "a number of USD bn (version 0 levers are plain numbers)");
            }
        }
        return v1;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        }
    }
}
