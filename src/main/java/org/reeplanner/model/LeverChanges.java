package org.reeplanner.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a scenario's levers differ from those of the preset it started from ("levers off the preset"): per focus area
 * the preset's lever and the scenario's, when the money, the start year, the duration or the U.S. share differ. A
 * focus area without money in both is unchanged whatever its timing says (timing without money does nothing).
 * {@code presetId} is null when the scenario records no preset; {@code presetName} is null when the recorded preset
 * is not one this release ships (then nothing can be compared).
 */
public record LeverChanges(String presetId, String presetName, List<Change> changes) {

    public LeverChanges {
        changes = List.copyOf(changes);
    }

    /** One focus area's lever in the preset and in the scenario. */
    public record Change(String focusAreaId, String focusAreaName, Lever preset, Lever scenario) {
        public boolean amountChanged() {
            return preset.investmentUsdBn() != scenario.investmentUsdBn();
        }

        public boolean timingChanged() {
            return preset.startYear() != scenario.startYear() || preset.durationYears() != scenario.durationYears();
        }

        public boolean shareChanged() {
            return preset.usShare() != scenario.usShare();
        }
    }

    /** A scenario that records no preset: nothing is compared, nothing guessed. */
    public static LeverChanges notRecorded() {
        return new LeverChanges(null, null, List.of());
    }

    /** A recorded preset this release does not ship: nothing can be compared. */
    public static LeverChanges unknownPreset(String presetId) {
        return new LeverChanges(presetId, null, List.of());
    }

    /** The focus areas whose levers in {@code scenario} differ from those in {@code preset}, in catalogue order. */
    public static LeverChanges between(String presetId, Scenario preset, Scenario scenario,
                                       FocusAreaCatalog catalog) {
        Set<String> ids = new LinkedHashSet<>(catalog.ids());
        ids.addAll(preset.levers().keySet());
        ids.addAll(scenario.levers().keySet());
        List<Change> changes = new ArrayList<>();
        for (String id : ids) {
            Lever from = preset.lever(id);
            Lever to = scenario.lever(id);
            boolean idle = from.investmentUsdBn() == 0 && to.investmentUsdBn() == 0;
            Change c = new Change(id, catalog.find(id).map(FocusArea::name).orElse(id), from, to);
            if (!idle && (c.amountChanged() || c.timingChanged() || c.shareChanged())) {
                changes.add(c);
            }
        }
        return new LeverChanges(presetId, preset.name(), changes);
    }

    /** Whether the scenario names a preset. */
    public boolean recorded() {
        return presetId != null;
    }

    /** Whether the recorded preset was found and compared. */
    public boolean compared() {
        return presetName != null;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
