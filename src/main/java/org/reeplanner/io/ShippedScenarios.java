package org.reeplanner.io;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Scenario;

/**
 * The scenarios shipped with the application (sample-data/scenarios), by file stem: the presets a scenario starts
 * from and records in its {@code preset} field, and how a scenario's levers differ from its recorded preset.
 */
public final class ShippedScenarios {
    /** The shipped scenarios' ids (file stems), in the order the window offers them. */
    public static final List<String> IDS = List.of("seed-baseline", "no-new-investment", "accelerated-allied",
            "export-ban-stress", "us-australia-framework-2025", "dod-mp-2025", "china-controls-2025-replay",
            "snap-back-2026", "us-magnet-buildout");

    private static final Map<String, Scenario> READ = new ConcurrentHashMap<>();

    private ShippedScenarios() {
    }

    /**
     * The levers of {@code scenario} that differ from its recorded preset, read with the shipped focus areas (the
     * ones the window and the command line use); {@link LeverChanges#notRecorded()} when it records none.
     */
    public static LeverChanges leverChanges(Scenario scenario) {
        return leverChanges(scenario, ShippedCatalog.FOCUS_AREAS);
    }

    /** As {@link #leverChanges(Scenario)}, naming and checking the focus areas with {@code catalog}. */
    public static LeverChanges leverChanges(Scenario scenario, FocusAreaCatalog catalog) {
        String id = scenario.preset();
        if (id == null) {
            return LeverChanges.notRecorded();
        }
        if (!IDS.contains(id)) {
            return LeverChanges.unknownPreset(id);
        }
        Scenario preset = READ.computeIfAbsent(id, stem -> new ScenarioReader(catalog).readShipped(stem));
        return LeverChanges.between(id, preset, scenario, catalog);
    }

    /** The shipped focus areas, read once when first needed. */
    private static final class ShippedCatalog {
        static final FocusAreaCatalog FOCUS_AREAS = ModelDataReader.readShipped().focusAreas();
    }
}
