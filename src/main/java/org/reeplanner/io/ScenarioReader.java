package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;

/**
 * Reads scenario JSON: checks the file, then every field (type, range, required), then the scenario rules, and
 * reports all problems at once. Unknown fields are warnings. Optional fields take documented defaults.
 */
public final class ScenarioReader {
    private static final Set<String> ROOT_FIELDS = Set.of("formatVersion", "name", "description", "endYear",
            "demandCase", "levers", "disruption");
    private static final Set<String> LEVER_FIELDS = Set.of("investmentUsdBn", "startYear", "durationYears",
            "usShare");
    private static final Set<String> EVENT_FIELDS = Set.of("enabled", "startYear", "months", "severity");
    private static final int MAX_LEVERS = 100;

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

    /** One of the shipped scenarios by file stem, e.g. {@code seed-baseline}. */
    public Scenario readShipped(String stem) {
        String name = "scenarios/" + stem + ".json";
        try {
            return read(name, InputFiles.readShipped(name)).scenario();
        } catch (InputException e) {
            throw new IllegalStateException("the shipped scenario is invalid: " + e.getMessage(), e);
        }
    }

    public Loaded read(String source, byte[] bytes) throws InputException {
        JsonNode root = JsonDocument.parse(source, bytes);
        JsonFields f = new JsonFields();
        ScenarioFile file = toFile(root, f);
        if (f.hasErrors() || file == null) {
            throw new InputException(source, f.problems());
        }
        Scenario scenario = file.toModel();
        List<Problem> all = new ArrayList<>(f.problems());
        all.addAll(ScenarioRules.check(scenario, catalog));
        if (all.stream().anyMatch(Problem::isError)) {
            throw new InputException(source, all);
        }
        return new Loaded(scenario, all);
    }

    private ScenarioFile toFile(JsonNode root, JsonFields f) {
        int version = f.integer(root, "formatVersion", "", 1, Integer.MAX_VALUE, true, 0);
        if (version > ScenarioFile.CURRENT_VERSION) {
            f.error("formatVersion", String.valueOf(version), "version " + ScenarioFile.CURRENT_VERSION
                    + " or older: this file was written by a newer release of the planner");
            return null;
        }
        f.unknownFields(root, "", ROOT_FIELDS);
        String name = f.text(root, "name", "", true, null, 200);
        String description = f.text(root, "description", "", false, "", 10_000);
        int endYear = f.integer(root, "endYear", "", Scenario.MIN_END_YEAR, Scenario.MAX_END_YEAR, false,
                Scenario.DEFAULT_END_YEAR);
        String demand = f.text(root, "demandCase", "", false, "base", 20);
        try {
            DemandCase.parse(demand);
        } catch (IllegalArgumentException e) {
            f.error("demandCase", "\"" + demand + "\"", "one of low, base, high");
        }
        int horizon = endYear < Scenario.MIN_END_YEAR ? Scenario.MAX_END_YEAR : endYear;
        Map<String, ScenarioFile.LeverFile> levers = readLevers(root, f, horizon);
        ScenarioFile.DisruptionFile event = readEvent(root, f);
        if (f.hasErrors()) {
            return null;
        }
        return new ScenarioFile(version, name, description, endYear, demand, levers, event);
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
            return new ScenarioFile.DisruptionFile(d.enabled(), d.startYear(), d.months(), d.severity());
        }
        f.unknownFields(node, "disruption", EVENT_FIELDS);
        boolean enabled = f.bool(node, "enabled", "disruption", true);
        int start = f.integer(node, "startYear", "disruption", Scenario.START_YEAR, Scenario.MAX_END_YEAR, false,
                d.startYear());
        int months = f.integer(node, "months", "disruption", 1, ScenarioRules.MAX_EVENT_MONTHS, false, d.months());
        double severity = f.number(node, "severity", "disruption", 0, 1, false, d.severity(), "");
        return new ScenarioFile.DisruptionFile(enabled, start, months, severity);
    }
}
