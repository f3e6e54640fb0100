package org.reeplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reeplanner.model.Channel;
import org.reeplanner.model.ChannelEffect;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.PipelineProject;
import org.reeplanner.model.Region;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Stage;

/** Reads the model's parameter file and focus-area file (shipped in sample-data, or given by the user). */
public final class ModelDataReader {
    public static final String PARAMETERS = "parameters/parameters.json";
    public static final String FOCUS_AREAS = "focus-areas.json";
    private static final Set<String> PARAM_FIELDS = Set.of("key", "label", "unit", "value", "low", "high", "source",
            "note");
    private static final Set<String> PIPELINE_FIELDS = Set.of("name", "region", "stage", "capacityTonnes",
            "heavyTonnes", "yearOnline", "probability", "source");
    private static final Set<String> AREA_FIELDS = Set.of("id", "name", "description", "source", "sliderMaxUsdBn",
            "channels");
    private static final Set<String> CHANNEL_FIELDS = Set.of("channel", "moneyShare", "emax", "kappaUsdBn",
            "leadYears", "rampYears", "shortenedByPermitting", "followsSpend", "duringProgramme", "source");

    private ModelDataReader() {
    }

    /** The data shipped with the application. */
    public static ModelData readShipped() {
        try {
            return read(PARAMETERS, InputFiles.readShipped(PARAMETERS), FOCUS_AREAS,
                    InputFiles.readShipped(FOCUS_AREAS));
        } catch (InputException e) {
            throw new IllegalStateException("the shipped model data is invalid: " + e.getMessage(), e);
        }
    }

    public static ModelData read(String parametersName, byte[] parameters, String areasName, byte[] areas)
            throws InputException {
        JsonNode paramRoot = JsonDocument.parse(parametersName, parameters);
        JsonFields f = new JsonFields();
        ParameterSet set = readParameters(paramRoot, f);
        List<PipelineProject> pipeline = readPipeline(paramRoot, f);
        if (f.hasErrors() || set == null) {
            throw new InputException(parametersName, f.problems());
        }
        return new ModelData(set, pipeline, readFocusAreas(areasName, areas));
    }

    public static FocusAreaCatalog readFocusAreas(String name, byte[] bytes) throws InputException {
        JsonNode root = JsonDocument.parse(name, bytes);
        JsonFields f = new JsonFields();
        f.unknownFields(root, "", Set.of("formatVersion", "description", "focusAreas"));
        JsonNode list = f.array(root, "focusAreas", "", true);
        List<FocusArea> areas = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                FocusArea area = readArea(list.get(i), "focusAreas[" + i + "]", f);
                if (area != null) {
                    areas.add(area);
                }
            }
            if (list.isEmpty()) {
                f.error("focusAreas", "an empty list", "at least one focus area");
            }
        }
        if (f.hasErrors()) {
            throw new InputException(name, f.problems());
        }
        try {
            return new FocusAreaCatalog(areas);
        } catch (IllegalArgumentException e) {
            throw new InputException(name, org.reeplanner.model.Problem.error("focusAreas", e.getMessage(),
                    "unique focus-area ids"));
        }
    }

    private static ParameterSet readParameters(JsonNode root, JsonFields f) {
        JsonNode list = f.array(root, "parameters", "", true);
        if (list == null) {
            return null;
        }
        Map<Param, ParameterSpec> specs = new EnumMap<>(Param.class);
        for (int i = 0; i < list.size(); i++) {
            String path = "parameters[" + i + "]";
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                f.error(path, JsonFields.describe(n), "a parameter object");
                continue;
            }
            f.unknownFields(n, path, PARAM_FIELDS);
            String key = f.text(n, "key", path, true, null, 100);
            Param param = null;
            if (key != null) {
                try {
                    param = Param.fromKey(key);
                } catch (IllegalArgumentException e) {
                    f.warning(path + ".key", "an unknown parameter '" + key + "' (ignored)", "a model parameter");
                    continue;
                }
                path = "parameters[" + key + "]";
            }
            double value = f.number(n, "value", path, -1e12, 1e12, true, 0, "");
            double low = f.number(n, "low", path, -1e12, 1e12, false, value, "");
            double high = f.number(n, "high", path, -1e12, 1e12, false, value, "");
            String source = f.text(n, "source", path, true, "", 200);
            String label = f.text(n, "label", path, false, key, 200);
            String note = f.text(n, "note", path, false, "", 2000);
            String unit = f.text(n, "unit", path, false, null, 50);
            if (param == null || Double.isNaN(value) || Double.isNaN(low) || Double.isNaN(high)) {
                continue;
            }
            if (unit != null && !unit.equals(param.unit().symbol())) {
                f.error(path + ".unit", "\"" + unit + "\"", "\"" + param.unit().symbol() + "\"");
            }
            if (!(low <= value && value <= high)) {
                f.error(path, "low " + low + ", value " + value + ", high " + high, "low ≤ value ≤ high");
                continue;
            }
            if (specs.put(param, new ParameterSpec(param, label, value, low, high, source, note)) != null) {
                f.error(path, "a second definition", "each parameter once");
            }
        }
        for (Param p : Param.values()) {
            if (!specs.containsKey(p)) {
                f.error("parameters[" + p.key() + "]", "nothing (missing)", "a value in " + p.unit().symbol());
            }
        }
        return f.hasErrors() ? null : new ParameterSet(specs);
    }

    private static List<PipelineProject> readPipeline(JsonNode root, JsonFields f) {
        List<PipelineProject> projects = new ArrayList<>();
        JsonNode list = f.array(root, "pipeline", "", false);
        if (list == null) {
            return projects;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "pipeline[" + i + "]";
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                f.error(path, JsonFields.describe(n), "a project object");
                continue;
            }
            f.unknownFields(n, path, PIPELINE_FIELDS);
            String name = f.text(n, "name", path, true, null, 200);
            String stage = f.text(n, "stage", path, true, null, 20);
            String region = f.text(n, "region", path, false, "allied", 20);
            double capacity = f.number(n, "capacityTonnes", path, 0, 1e7, true, 0, "t/yr");
            double heavy = f.number(n, "heavyTonnes", path, 0, 1e6, false, 0, "t/yr");
            int year = f.integer(n, "yearOnline", path, 2000, Scenario.MAX_END_YEAR, true, 0);
            double probability = f.number(n, "probability", path, 0, 1, true, 0, "");
            String source = f.text(n, "source", path, false, "", 200);
            Stage s = null;
            if (stage != null) {
                try {
                    s = Stage.fromId(stage);
                } catch (IllegalArgumentException e) {
                    f.error(path + ".stage", "\"" + stage + "\"", "mining, separation or magnets");
                }
            }
            Region r = switch (region == null ? "" : region) {
                case "allied" -> Region.ALLIED;
                case "row" -> Region.ROW;
                default -> null;
            };
            if (region != null && r == null) {
                f.error(path + ".region", "\"" + region + "\"", "allied or row");
            }
            if (name != null && r != null && s != null && !Double.isNaN(capacity) && year >= 2000
                    && !Double.isNaN(probability) && !Double.isNaN(heavy)) {
                projects.add(new PipelineProject(name, r, s, capacity, Double.isNaN(heavy) ? 0 : heavy, year,
                        probability, source));
            }
        }
        return projects;
    }

    private static FocusArea readArea(JsonNode n, String path, JsonFields f) {
        if (!n.isObject()) {
            f.error(path, JsonFields.describe(n), "a focus-area object");
            return null;
        }
        f.unknownFields(n, path, AREA_FIELDS);
        String id = f.text(n, "id", path, true, null, 40);
        if (id != null && !id.matches("[a-z][a-zA-Z0-9]*")) {
            f.error(path + ".id", "\"" + id + "\"", "a lower-camel word such as magnetMaking");
            id = null;
        }
        String name = f.text(n, "name", path, true, null, 80);
        String description = f.text(n, "description", path, false, "", 1000);
        String source = f.text(n, "source", path, false, "", 1000);
        double max = f.number(n, "sliderMaxUsdBn", path, 0.01, Scenario.MAX_LEVER_USD_BN, true, 0, "USD bn");
        JsonNode channels = f.array(n, "channels", path, true);
        List<ChannelEffect> effects = new ArrayList<>();
        if (channels != null) {
            if (channels.isEmpty()) {
                f.error(path + ".channels", "an empty list", "at least one channel");
            }
            for (int i = 0; i < channels.size(); i++) {
                ChannelEffect e = readChannel(channels.get(i), path + ".channels[" + i + "]", f);
                if (e != null) {
                    effects.add(e);
                }
            }
        }
        if (id == null || name == null || Double.isNaN(max) || effects.isEmpty()
                || (channels != null && effects.size() != channels.size())) {
            return null;
        }
        return new FocusArea(id, name, description, source, max, effects);
    }

    private static ChannelEffect readChannel(JsonNode n, String path, JsonFields f) {
        if (!n.isObject()) {
            f.error(path, JsonFields.describe(n), "a channel object");
            return null;
        }
        f.unknownFields(n, path, CHANNEL_FIELDS);
        String id = f.text(n, "channel", path, true, null, 60);
        Channel channel = null;
        if (id != null) {
            try {
                channel = Channel.fromId(id);
            } catch (IllegalArgumentException e) {
                List<String> ids = new ArrayList<>();
                for (Channel c : Channel.values()) {
                    ids.add(c.id());
                }
                f.error(path + ".channel", "\"" + id + "\"", "one of " + String.join(", ", ids));
            }
        }
        double share = f.number(n, "moneyShare", path, 0.000001, 1, false, 1, "");
        double emax = f.number(n, "emax", path, 0, 1e7, true, 0, "");
        double kappa = f.number(n, "kappaUsdBn", path, 0.001, 1000, true, 1, "USD bn");
        double lead = f.number(n, "leadYears", path, 0, 30, false, 0, "years");
        double ramp = f.number(n, "rampYears", path, 0.1, 30, false, 1, "years");
        boolean permitting = f.bool(n, "shortenedByPermitting", path, false);
        boolean followsSpend = f.bool(n, "followsSpend", path, false);
        boolean duringProgramme = f.bool(n, "duringProgramme", path, false);
        String source = f.text(n, "source", path, false, "", 500);
        if (channel == null || Double.isNaN(share) || Double.isNaN(emax) || Double.isNaN(kappa)
                || Double.isNaN(lead) || Double.isNaN(ramp)) {
            return null;
        }
        return new ChannelEffect(channel, share, emax, kappa, lead, ramp, permitting, followsSpend,
                duringProgramme, source);
    }
}
