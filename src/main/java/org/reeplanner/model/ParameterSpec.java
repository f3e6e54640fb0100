package org.reeplanner.model;

/**
 * One parameter's value with its range and provenance: a fact row ID of domain-facts.md, or "assumption" with a
 * reason.
 */
public record ParameterSpec(Param param, String label, double base, double low, double high, String source,
                            String note) {

    public ParameterSpec {
        if (!(low <= base && base <= high)) {
            throw new IllegalArgumentException(param.key() + ": low " + low + " <= base " + base + " <= high "
                    + high + " does not hold");
        }
    }

    public boolean isAssumption() {
        return "assumption".equalsIgnoreCase(source);
    }

    public ParameterSpec withBase(double value) {
        return new ParameterSpec(param, label, value, Math.min(low, value), Math.max(high, value), source, note);
    }
}
