package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a scenario file's {@code formatVersion}, deciding which layout the rest of the file is read in. */
final class FormatVersion {
    private FormatVersion() {
    }

    /**
     * The layout to read {@code root} in: 0 (pre-release, upgraded on loading) or the current version; -1 when the
     * file must not be read any further because a newer release wrote it. A missing or malformed version is an
     * error, but the file is still read in the current layout so that every other problem is reported too.
     */
    static int read(JsonNode root, JsonFields f) {
        int current = ScenarioFile.CURRENT_VERSION;
        String allowed = "a whole number from 0 to " + current + " (" + current + " is the current format)";
        JsonNode n = root.get("formatVersion");
        if (n == null || n.isNull()) {
            if (ScenarioMigration.looksLikeVersion0(root)) {
                return 0;
            }
            f.error("formatVersion", n == null ? "nothing (missing)" : "null", allowed);
            return current;
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue()) || n.doubleValue() != Math.rint(n.doubleValue())) {
            f.error("formatVersion", JsonFields.describe(n), allowed);
            return current;
        }
        double version = n.doubleValue();
        if (version > current) {
            f.error("formatVersion", n.asText() + " (this file was written by a newer release of the planner)",
                    "version " + current + " or older; open the file with the release that wrote it");
            return -1;
        }
        if (version < 0) {
            f.error("formatVersion", n.asText(), allowed);
            return current;
        }
        return (int) version;
    }
}
