package org.reeplanner.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result of a Monte Carlo study: a {@link Band} per series ID, with the number of runs and the seed. */
public record Bands(int runs, long seed, int[] years, Map<String, Band> byId) {

    public Bands {
        byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public Band band(String id) {
        Band b = byId.get(id);
        if (b == null) {
            throw new IllegalArgumentException("no band for series '" + id + "'");
        }
        return b;
    }
}
