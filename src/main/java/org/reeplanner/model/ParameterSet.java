package org.reeplanner.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A complete set of model parameters, one {@link ParameterSpec} per {@link Param}. */
public final class ParameterSet {
    private final Map<Param, ParameterSpec> specs;
    private final double[] baseValues;

    public ParameterSet(Map<Param, ParameterSpec> specs) {
        List<String> missing = new ArrayList<>();
        for (Param p : Param.values()) {
            if (!specs.containsKey(p)) {
                missing.add(p.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing parameters: " + String.join(", ", missing));
        }
        this.specs = Collections.unmodifiableMap(new EnumMap<>(specs));
        this.baseValues = new double[Param.values().length];
        for (Param p : Param.values()) {
            baseValues[p.ordinal()] = specs.get(p).base();
        }
    }

    public ParameterSpec spec(Param p) {
        return specs.get(p);
    }

    public double base(Param p) {
        return baseValues[p.ordinal()];
    }

    /** A fresh copy of the base values, indexed by {@link Param#ordinal()}. */
    public double[] baseValues() {
        return baseValues.clone();
    }

    public List<ParameterSpec> specs() {
        return List.copyOf(specs.values());
    }

    public ParameterSet with(Param p, double value) {
        Map<Param, ParameterSpec> copy = new EnumMap<>(specs);
        copy.put(p, specs.get(p).withBase(value));
        return new ParameterSet(copy);
    }
}
