package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reeplanner.model.Problem;

/**
 * Reads typed fields out of a JSON tree while collecting every problem with its path, so a loader can report all
 * of a file's mistakes at once instead of stopping at the first.
 */
final class JsonFields {
    private final List<Problem> problems = new ArrayList<>();
    private boolean nullRefused;

    /**
     * Makes an explicit {@code null} in an optional field an error instead of the default: in a file people write,
     * {@code "endYear": null} more likely means a value got lost than "use the default".
     */
    JsonFields refuseNulls() {
        nullRefused = true;
        return this;
    }

    /** Reports an explicit null where a value is optional, if nulls are refused; true when it was reported. */
    private boolean refusedNull(JsonNode n, String path, String allowed) {
        if (n != null && n.isNull() && nullRefused) {
            error(path, "null", allowed + ", or no field at all for the default");
            return true;
        }
        return false;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    void error(String path, String found, String allowed) {
        problems.add(Problem.error(path, found, allowed));
    }

    void warning(String path, String found, String allowed) {
        problems.add(Problem.warning(path, found, allowed));
    }

    /** Reports fields of {@code node} that are not in {@code known} as warnings: they are ignored. */
    void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                warning(join(path, name), "an unknown field (ignored)", "one of "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    /** The object at {@code field}, or null (with an error if required) when missing or not an object. */
    JsonNode object(JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        if (n == null || n.isNull()) {
            if (required) {
                error(p, absent(n), "a JSON object");
            } else {
                refusedNull(n, p, "a JSON object");
            }
            return null;
        }
        if (!n.isObject()) {
            error(p, describe(n), "a JSON object");
            return null;
        }
        return n;
    }

    JsonNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        if (n == null || n.isNull()) {
            if (required) {
                error(p, absent(n), "a JSON array");
            }
            return null;
        }
        if (!n.isArray()) {
            error(p, describe(n), "a JSON array");
            return null;
        }
        return n;
    }

    /** A number in [min, max]; {@code fallback} when missing and not required, NaN after an error. */
    double number(JsonNode parent, String field, String path, double min, double max, boolean required,
                  double fallback, String unit) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        String allowed = "a number from " + plain(min) + " to " + plain(max) + (unit.isEmpty() ? "" : " " + unit);
        if (n == null || n.isNull()) {
            if (required) {
                error(p, absent(n), allowed);
                return Double.NaN;
            }
            return refusedNull(n, p, allowed) ? Double.NaN : fallback;
        }
        if (!n.isNumber()) {
            error(p, describe(n), allowed);
            return Double.NaN;
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v) || v < min || v > max) {
            error(p, Double.isNaN(v) ? "NaN (not a number)" : Double.isFinite(v) ? n.asText()
                    : "an infinite number", allowed);
            return Double.NaN;
        }
        return v;
    }

    /** A whole number in [min, max]; {@code fallback} when missing and not required, {@code min - 1} after an error. */
    int integer(JsonNode parent, String field, String path, int min, int max, boolean required, int fallback) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        String allowed = "a whole number from " + min + " to " + max;
        if (n == null || n.isNull()) {
            if (required) {
                error(p, absent(n), allowed);
                return min - 1;
            }
            return refusedNull(n, p, allowed) ? min - 1 : fallback;
        }
        if (!n.isNumber() || !isWhole(n)) {
            error(p, describe(n), allowed);
            return min - 1;
        }
        double v = n.doubleValue();
        if (v < min || v > max) {
            error(p, n.asText(), allowed);
            return min - 1;
        }
        return (int) v;
    }

    String text(JsonNode parent, String field, String path, boolean required, String fallback, int maxLength) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        if (n == null || n.isNull()) {
            if (required) {
                error(p, absent(n), "a text");
            } else {
                refusedNull(n, p, "a text");
            }
            return fallback;
        }
        if (!n.isTextual()) {
            error(p, describe(n), "a text");
            return fallback;
        }
        if (n.textValue().length() > maxLength) {
            error(p, n.textValue().length() + " characters", "a text of at most " + maxLength + " characters");
            return fallback;
        }
        return n.textValue();
    }

    boolean bool(JsonNode parent, String field, String path, boolean fallback) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            refusedNull(n, join(path, field), "true or false");
            return fallback;
        }
        if (!n.isBoolean()) {
            error(join(path, field), describe(n), "true or false");
            return fallback;
        }
        return n.booleanValue();
    }

    /** What stands where a value was required: nothing at all, or an explicit null. */
    static String absent(JsonNode n) {
        return n == null ? "nothing (missing)" : "null";
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) {
            String t = n.textValue();
            return "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return "the value " + n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static boolean isWhole(JsonNode n) {
        if (n.isIntegralNumber()) {
            return true;
        }
        double v = n.doubleValue();
        return Double.isFinite(v) && v == Math.rint(v);
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
