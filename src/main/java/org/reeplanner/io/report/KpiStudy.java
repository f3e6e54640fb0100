package org.reeplanner.io.report;

import java.util.Map;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.analysis.AttributionResult;

/**
 * The sensitivity (tornado) and attribution of one headline KPI in the target year, with why each funded lever that
 * leaves it unmoved does so: {@code noEffect} for the tornado's ±50% of its money, {@code noShare} for its Shapley
 * share (lever ID to a reason). {@code attribution} is null past the attribution's lever limit.
 */
public record KpiStudy(Kpi kpi, Sensitivity sensitivity, AttributionResult attribution, Map<String, String> noEffect,
                       Map<String, String> noShare) {

    public KpiStudy {
        noEffect = Map.copyOf(noEffect);
        noShare = Map.copyOf(noShare);
    }

    /** The note on a lever's tornado row: "no effect on KPI in YEAR: reason", or empty when it moves the KPI. */
    public String leverNote(String leverId) {
        return note(noEffect.get(leverId));
    }

    /** The note on a lever's attribution row: "no effect on KPI in YEAR: reason", or empty when it has a share. */
    public String shareNote(String leverId) {
        return note(noShare.get(leverId));
    }

    private String note(String why) {
        return why == null ? "" : "no effect on " + kpi.label() + " in " + sensitivity.year() + ": " + why;
    }

    /** Whether a change of {@code delta} in this KPI is nothing but rounding noise. */
    public boolean negligible(double delta) {
        return Math.abs(delta) <= 1e-9 * Math.max(1, Math.abs(kpi.value()));
    }
}
