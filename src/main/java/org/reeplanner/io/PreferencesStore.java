package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the user's preferences in {@code preferences.json} in the config folder, next to the recent files. Each
 * value is read on its own: a missing, damaged or out-of-range one takes its default and the rest still count, so a
 * bad file can never stop the application from starting.
 */
public final class PreferencesStore {
    static final String FILE_NAME = "preferences.json";
    private static final int MAX_TEXT = 100;
    private static final int MAX_PINNED = 100;
    private static final double MAX_COORDINATE = 100_000;

    private final Path file;

    public PreferencesStore(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The stored preferences, or {@link PreferencesFile#DEFAULTS} when there are none readable. */
    public PreferencesFile load() {
        if (!Files.isRegularFile(file)) {
            return PreferencesFile.DEFAULTS;
        }
        try {
            JsonNode root = JsonDocument.parse(file.toString(), InputFiles.read(file));
            if (!root.isObject()) {
                return PreferencesFile.DEFAULTS;
            }
            return new PreferencesFile(PreferencesFile.CURRENT_VERSION, text(root.get("theme")),
                    window(root.get("window")), year(root.get("targetYear")), pinned(root.get("pinnedLevers")));
        } catch (InputException e) {
            return PreferencesFile.DEFAULTS;
        }
    }

    /** Replaces the stored preferences atomically, creating the config folder when needed. */
    public void save(PreferencesFile preferences) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, PrettyJson.toBytes(preferences));
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() && n.textValue().length() <= MAX_TEXT ? n.textValue() : null;
    }

    private static Integer year(JsonNode n) {
        return n != null && n.isInt() ? n.intValue() : null;
    }

    private static List<String> pinned(JsonNode n) {
        List<String> ids = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode id : n) {
                String t = text(id);
                if (t != null && !ids.contains(t) && ids.size() < MAX_PINNED) {
                    ids.add(t);
                }
            }
        }
        return ids;
    }

    private static PreferencesFile.WindowFile window(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        double[] v = new double[4];
        String[] names = {"x", "y", "width", "height"};
        for (int i = 0; i < names.length; i++) {
            JsonNode value = n.get(names[i]);
            if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())
                    || Math.abs(value.doubleValue()) > MAX_COORDINATE) {
                return null;
            }
            v[i] = value.doubleValue();
        }
        if (v[2] <= 0 || v[3] <= 0) {
            return null;
        }
        JsonNode maximized = n.get("maximized");
        return new PreferencesFile.WindowFile(v[0], v[1], v[2], v[3], maximized != null && maximized.asBoolean());
    }
}
