package org.reeplanner.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user decides: a lever per focus area (by id; a missing one means no money), the demand case, an optional
 * disruption event, the horizon, and the model parameters whose values the user changed ({@code assumptions}: a
 * value per {@link Param}, empty for the defaults). {@code preset} is the id of the shipped scenario it started from
 * (e.g. {@code seed-baseline}), or null when none is recorded; the levers' changes against it are what the exports
 * call "levers off the preset". Immutable; the {@code with…} methods return changed copies.
 */
public record Scenario(String name, String description, int endYear, DemandCase demandCase,
                       Map<String, Lever> levers, DisruptionEvent disruption, Map<Param, Double> assumptions,
                       String preset) {

    public static final int START_YEAR = 2025;
    public static final int MIN_END_YEAR = 2030;
    public static final int MAX_END_YEAR = 2050;
    public static final int DEFAULT_END_YEAR = 2040;
    public static final double MAX_LEVER_USD_BN = 100.0;

    public Scenario {
        levers = Collections.unmodifiableMap(new LinkedHashMap<>(levers));
        description = description == null ? "" : description;
        Map<Param, Double> changed = new EnumMap<>(Param.class);
        if (assumptions != null) {
            changed.putAll(assumptions);
        }
        assumptions = Collections.unmodifiableMap(changed);
        preset = preset == null || preset.isBlank() ? null : preset;
    }

    /** A scenario with no preset recorded. */
    public Scenario(String name, String description, int endYear, DemandCase demandCase, Map<String, Lever> levers,
                    DisruptionEvent disruption, Map<Param, Double> assumptions) {
        this(name, description, endYear, demandCase, levers, disruption, assumptions, null);
    }

    /** A scenario on the default parameter values. */
    public Scenario(String name, String description, int endYear, DemandCase demandCase, Map<String, Lever> levers,
                    DisruptionEvent disruption) {
        this(name, description, endYear, demandCase, levers, disruption, Map.of(), null);
    }

    public int years() {
        return endYear - START_YEAR + 1;
    }

    public Lever lever(String focusAreaId) {
        return levers.getOrDefault(focusAreaId, Lever.NONE);
    }

    public double totalInvestmentUsdBn() {
        return levers.values().stream().mapToDouble(Lever::investmentUsdBn).sum();
    }

    public Scenario withLever(String focusAreaId, Lever lever) {
        Map<String, Lever> copy = new LinkedHashMap<>(levers);
        copy.put(focusAreaId, lever);
        return new Scenario(name, description, endYear, demandCase, copy, disruption, assumptions, preset);
    }

    public Scenario withInvestment(String focusAreaId, double usdBn) {
        return withLever(focusAreaId, lever(focusAreaId).withInvestment(usdBn));
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, endYear, demandCase, levers, disruption, assumptions, preset);
    }

    public Scenario withDescription(String newDescription) {
        return new Scenario(name, newDescription, endYear, demandCase, levers, disruption, assumptions, preset);
    }

    public Scenario withDemandCase(DemandCase c) {
        return new Scenario(name, description, endYear, c, levers, disruption, assumptions, preset);
    }

    public Scenario withDisruption(DisruptionEvent e) {
        return new Scenario(name, description, endYear, demandCase, levers, e, assumptions, preset);
    }

    public Scenario withEndYear(int year) {
        return new Scenario(name, description, year, demandCase, levers, disruption, assumptions, preset);
    }

    /** The same scenario recording {@code presetId} (null: none) as the shipped scenario it started from. */
    public Scenario withPreset(String presetId) {
        return new Scenario(name, description, endYear, demandCase, levers, disruption, assumptions, presetId);
    }

    /** The same scenario with {@code p} set to {@code value} instead of its default. */
    public Scenario withAssumption(Param p, double value) {
        Map<Param, Double> copy = new EnumMap<>(Param.class);
        copy.putAll(assumptions);
        copy.put(p, value);
        return withAssumptions(copy);
    }

    /** The same scenario with {@code p} back at its default value. */
    public Scenario withoutAssumption(Param p) {
        Map<Param, Double> copy = new EnumMap<>(Param.class);
        copy.putAll(assumptions);
        copy.remove(p);
        return withAssumptions(copy);
    }

    /** The same scenario with exactly these changed parameter values (empty: every default). */
    public Scenario withAssumptions(Map<Param, Double> changed) {
        return new Scenario(name, description, endYear, demandCase, levers, disruption, changed, preset);
    }

    /**
     * The same horizon, demand, event and assumptions with every lever's money set to zero: the no-new-investment
     * baseline.
     */
    public Scenario withoutInvestment() {
        Map<String, Lever> zero = new LinkedHashMap<>();
        levers.forEach((id, l) -> zero.put(id, l.withInvestment(0)));
        return new Scenario(name + " (no new investment)", description, endYear, demandCase, zero, disruption,
                assumptions, preset);
    }
}
