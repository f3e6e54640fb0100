package org.reeplanner.model.analysis;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

/**
 * Reads several series in one year out of the same model runs: one run per input setting answers every series, so
 * a study of all the headline KPIs costs what a study of one does.
 */
record SeriesProbes(ImpactModel model, int[] seriesIndices, int yearIndex) {

    static SeriesProbes of(ImpactModel model, Scenario scenario, List<String> seriesIds, int year) {
        Projection reference = model.run(scenario);
        List<String> ids = new ArrayList<>(reference.byId().keySet());
        int[] indices = new int[seriesIds.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = ids.indexOf(seriesIds.get(i));
            if (indices[i] < 0) {
                throw new IllegalArgumentException("unknown series '" + seriesIds.get(i) + "'");
            }
        }
        return new SeriesProbes(model, indices, reference.indexOf(year));
    }

    /** The value of each series, in the order asked for, with {@code scenario} run under {@code parameters}. */
    double[] values(Scenario scenario, double[] parameters) {
        Projection run = model.run(scenario, parameters);
        double[] v = new double[seriesIndices.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = run.valuesAt(seriesIndices[i])[yearIndex];
        }
        return v;
    }
}
