package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reeplanner.io.report.XmlText;
import org.reeplanner.model.AssumptionLimits;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Param;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;

/**
 * Reads scenario JSON: checks the file, then every field (type, range, required), then the scenario rules, and
 * reports all problems at once. Unknown fields are warnings. Optional fields take documented defaults.
 */
public final class ScenarioReader {
    private static final Set<String> ROOT_FIELDS = Set.of("formatVersion", "name", "description", "endYear",
            "demandCase", "levers", "disruption", "assumptions", "preset");
    private static final Set<String> LEVER_FIELDS = Set.of("investmentUsdBn", "startYear", "durationYears",
            "usShare");
    private static final Set<String> EVENT_FIELDS = Set.of("enabled", "startYear", "months", "severity", "target",
            "startMonth", "profile");
    private static final int MAX_LEVERS = 100;
    private static final int MAX_ASSUMPTIONS = 1_000;
    static final int MAX_NAME = 200;
    private static final int MAX_PRESET = 60;
    static final int MAX_DESCRIPTION = 10_000;

    private final FocusAreaCatalog catalog;

    public ScenarioReader(FocusAreaCatalog catalog) {
        this.catalog = catalog;
    }

    /** A scenario read successfully, with the warnings found on the way. */
    public record Loaded(Scenario scenario, List<Problem> warnings) {
    }

    public Loaded read(Path file) throws InputException {
        return read(file.toString(), InputFiles.read(file));
    }

    /** One of the shipped scenarios by file stem, e.g. {@code seed-baseline}, recording that stem as its preset. */
    public Scenario readShipped(String stem) {
        String name = "scenarios/" + stem + ".json";
        try {
            return read(name, InputFiles.readShipped(name)).scenario().withPreset(stem);
        } catch (InputException e) {
            throw new IllegalStateException("the shipped scenario is invalid: " + e.getMessage(), e);
        }
    }

    public Loaded read(String source, byte[] bytes) throws InputException {
        return read(source, JsonDocument.parse(source, bytes));
    }

    /**
     * Reads a scenario from an already parsed document (such as the scenario inside a recovery file). Every problem
     * is reported: field problems, then the scenario rules for the fields that had none.
     */
    public Loaded read(String source, JsonNode root) throws InputException {
        JsonFields f = new JsonFields().refuseNulls();
        ScenarioFile file = toFile(root, f);
        if (file == null) {
            throw new InputException(source, f.problems());
        }
        List<Problem> all = new ArrayList<>(f.problems());
        Set<String> reported = new HashSet<>();
        all.forEach(p -> reported.add(p.path()));
        Scenario scenario = file.toModel();
        ScenarioRules.check(scenario, catalog).stream().filter(p -> !alreadyReported(p.path(), reported))
                .forEach(all::add);
        if (all.stream().anyMatch(Problem::isError)) {
            throw new InputException(source, all);
        }
        return new Loaded(scenario, all);
    }

    /** Whether a problem at {@code path} or at one of its parents (levers.rnd for levers.rnd.usShare) is known. */
    private static boolean alreadyReported(String path, Set<String> reported) {
        for (String p = path; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            if (reported.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The file as written, in the current layout; values that had an error hold a stand-in. Null: unreadable. */
    private ScenarioFile toFile(JsonNode document, JsonFields f) {
        JsonNode root = document;
        int version = FormatVersion.read(root, f);
        if (version < 0) {
            return null;
        }
        if (version < ScenarioFile.CURRENT_VERSION) {
            root = ScenarioMigration.fromVersion0(root, f);
        } else {
            f.unknownFields(root, "", ROOT_FIELDS);
        }
        String name = f.text(root, "name", "", true, null, MAX_NAME);
        String description = f.text(root, "description", "", false, "", MAX_DESCRIPTION);
        writable(f, "name", name, false);
        writable(f, "description", description, true);
        int endYear = f.integer(root, "endYear", "", Scenario.MIN_END_YEAR, Scenario.MAX_END_YEAR, false,
                Scenario.DEFAULT_END_YEAR);
        // A bad end year is already reported; the most lenient one keeps it from causing follow-on errors.
        int horizon = endYear < Scenario.MIN_END_YEAR ? Scenario.MAX_END_YEAR : endYear;
        String demand = f.text(root, "demandCase", "", false, DemandCase.BASE.id(), 20);
        try {
            DemandCase.parse(demand);
        } catch (IllegalArgumentException e) {
            f.error("demandCase", "\"" + demand + "\"", "one of low, base, high");
            demand = DemandCase.BASE.id();
        }
        Map<String, ScenarioFile.LeverFile> levers = readLevers(root, f, horizon);
        ScenarioFile.DisruptionFile event = readEvent(root, f);
        Map<String, Double> assumptions = version < ScenarioFile.CURRENT_VERSION ? Map.of() : readAssumptions(root, f);
        String preset = version < ScenarioFile.CURRENT_VERSION ? null : readPreset(root, f);
        return new ScenarioFile(ScenarioFile.CURRENT_VERSION, name, description, horizon, demand, levers, event,
                assumptions, preset);
    }

    /**
     * The shipped scenario the file started from, or null. Only provenance, so a bad value is a warning and leaves
     * the scenario without a recorded preset rather than refusing the file.
     */
    private static String readPreset(JsonNode root, JsonFields f) {
        JsonNode node = root.get("preset");
        if (node == null || node.isNull()) {
            return null;
        }
        String allowed = "the file name of a shipped scenario without .json, one of "
                + String.join(", ", ShippedScenarios.IDS) + " (it is ignored: no preset recorded)";
        if (!node.isTextual()) {
            f.warning("preset", JsonFields.describe(node), allowed);
            return null;
        }
        String id = node.textValue();
        if (!ShippedScenarios.IDS.contains(id)) {
            String shown = id.length() > MAX_PRESET ? id.substring(0, MAX_PRESET) + "…" : id;
            f.warning("preset", "\"" + XmlText.clean(shown) + "\"", allowed);
            return null;
        }
        return id;
    }

    /**
     * Changed parameter values by key, each within its hard limits; a key this release does not know is a warning
     * and is left out (a newer release may have written it), as unknown fields are.
     */
    private static Map<String, Double> readAssumptions(JsonNode root, JsonFields f) {
        Map<String, Double> changed = new LinkedHashMap<>();
        JsonNode node = f.object(root, "assumptions", "", false);
        if (node == null) {
            return changed;
        }
        if (node.size() > MAX_ASSUMPTIONS) {
            f.error("assumptions", node.size() + " entries", "at most " + MAX_ASSUMPTIONS + " parameters");
            return changed;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            Param param;
            try {
                param = Param.fromKey(key);
            } catch (IllegalArgumentException e) {
                f.warning("assumptions." + key, "an unknown parameter '" + key + "'",
                        "a parameter key of the model data (it is ignored)");
                continue;
            }
            double value = f.number(node, key, "assumptions", AssumptionLimits.min(param),
                    AssumptionLimits.max(param), true, Double.NaN, param.unit().symbol());
            if (Double.isFinite(value)) {
                changed.put(key, value);
            }
        }
        return changed;
    }

    private Map<String, ScenarioFile.LeverFile> readLevers(JsonNode root, JsonFields f, int endYear) {
        Map<String, ScenarioFile.LeverFile> levers = new LinkedHashMap<>();
        JsonNode node = f.object(root, "levers", "", true);
        if (node == null) {
            return levers;
        }
        if (node.size() > MAX_LEVERS) {
            f.error("levers", node.size() + " entries", "at most " + MAX_LEVERS + " focus areas");
            return levers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "levers." + e.getKey();
            if (catalog.indexOf(e.getKey()) < 0) {
                f.error(path, "an unknown focus area '" + e.getKey() + "'", "one of "
                        + String.join(", ", catalog.ids()));
                continue;
            }
            JsonNode lever = e.getValue();
            if (lever.isNumber()) {
                double money = f.number(node, e.getKey(), "levers", 0, Scenario.MAX_LEVER_USD_BN, true, 0,
                        "USD bn");
                levers.put(e.getKey(), new ScenarioFile.LeverFile(money, Lever.DEFAULT_START, Lever.DEFAULT_DURATION,
                        Lever.DEFAULT_US_SHARE));
                continue;
            }
            if (!lever.isObject()) {
                f.error(path, JsonFields.describe(lever), "an object with investmentUsdBn (or a plain number)");
                continue;
            }
            f.unknownFields(lever, path, LEVER_FIELDS);
            double money = f.number(lever, "investmentUsdBn", path, 0, Scenario.MAX_LEVER_USD_BN, true, 0, "USD bn");
            int start = f.integer(lever, "startYear", path, Scenario.START_YEAR, endYear, false, Lever.DEFAULT_START);
            int duration = f.integer(lever, "durationYears", path, 1, ScenarioRules.MAX_DURATION_YEARS, false,
                    Lever.DEFAULT_DURATION);
            double usShare = f.number(lever, "usShare", path, 0, 1, false, Lever.DEFAULT_US_SHARE, "");
            levers.put(e.getKey(), new ScenarioFile.LeverFile(money, start, duration, usShare));
        }
        return levers;
    }

    private static ScenarioFile.DisruptionFile readEvent(JsonNode root, JsonFields f) {
        DisruptionEvent d = DisruptionEvent.NONE;
        JsonNode node = f.object(root, "disruption", "", false);
        if (node == null) {
            return ScenarioFile.DisruptionFile.of(d);
        }
        f.unknownFields(node, "disruption", EVENT_FIELDS);
        boolean enabled = f.bool(node, "enabled", "disruption", true);
        int start = f.integer(node, "startYear", "disruption", Scenario.START_YEAR, Scenario.MAX_END_YEAR, false,
                d.startYear());
        int months = f.integer(node, "months", "disruption", 1, ScenarioRules.MAX_EVENT_MONTHS, false, d.months());
        double severity = f.number(node, "severity", "disruption", 0, 1, false, d.severity(), "");
        // Fields added with model v2; a file without them is the full-embargo stress case it always was.
        String target = f.text(node, "target", "disruption", false, DisruptionTarget.ALL_OXIDE.id(), 40);
        if (target != null && DisruptionTarget.fromId(target) == null) {
            f.error("disruption.target", "\"" + target + "\"", "one of allOxide, heavyAndMagnets, heavy, magnets");
        }
        int startMonth = f.integer(node, "startMonth", "disruption", 1, 12, false, 1);
        List<Double> profile = readProfile(node, f);
        return new ScenarioFile.DisruptionFile(enabled, start, months, severity, target, startMonth, profile);
    }

    /** The month-by-month share withheld: up to 36 numbers from 0 to 1, or none. */
    private static List<Double> readProfile(JsonNode node, JsonFields f) {
        JsonNode list = f.array(node, "profile", "disruption", false);
        List<Double> profile = new ArrayList<>();
        if (list == null) {
            return profile;
        }
        if (list.size() > DisruptionEvent.MAX_PROFILE_MONTHS) {
            f.error("disruption.profile", list.size() + " months", "at most " + DisruptionEvent.MAX_PROFILE_MONTHS
                    + " months");
            return profile;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String path = "disruption.profile[" + i + "]";
            if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < 0 || v.asDouble() > 1) {
                f.error(path, JsonFields.describe(v), "a share withheld from 0 to 1");
            } else {
                profile.add(v.asDouble());
            }
        }
        return profile;
    }

    /** Text that Excel and PowerPoint files cannot hold is refused here, where the user can see which character. */
    private static void writable(JsonFields f, String path, String text, boolean lineBreaks) {
        String bad = text == null ? null : XmlText.unwritable(text, lineBreaks);
        if (bad != null) {
            f.error(path, "the character " + bad, "text without control characters or unpaired surrogates"
                    + (lineBreaks ? " (tabs and line breaks are fine)" : "") + ", which Excel and PowerPoint files "
                    + "cannot hold");
        }
    }
}
