package org.reeplanner.ui.scenarios;

import java.util.List;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.model.Scenario;

/**
 * The shipped scenarios a new scenario starts from: the four abstract ones (seed baseline, no new investment,
 * accelerated allied, full-embargo stress) and five real-world ones (the 2025 U.S.–Australia framework, the DoD–MP
 * deal, the April 2025 controls replayed, the November 2026 snap-back, the U.S. magnet build-out).
 */
public final class Presets {
    /** One preset: the shipped file's stem (its id) and the scenario in it. */
    public record Preset(String id, Scenario scenario) {
        public String name() {
            return scenario.name();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    public static final List<String> IDS = ShippedScenarios.IDS;

    private final List<Preset> presets;

    /** Reads the shipped scenarios from the application's class path, each recording its id as its preset. */
    public Presets(ScenarioReader reader) {
        presets = IDS.stream().map(id -> new Preset(id, reader.readShipped(id))).toList();
    }

    public List<Preset> all() {
        return presets;
    }

    public Preset get(String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preset '" + id + "'; known: " + IDS));
    }
}
