package org.reeplanner.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;

/**
 * The persisted form of a scenario (docs/scenario-format.md), kept apart from the model's {@link Scenario} and
 * mapped onto it explicitly. {@code assumptions} (parameter key → changed value) is optional and left out of the
 * file when empty, so a scenario on the default parameters is written exactly as before it existed; so is
 * {@code preset} (the shipped scenario it started from) when none is recorded.
 */
@JsonPropertyOrder({"formatVersion", "name", "description", "preset", "endYear", "demandCase", "levers",
    "disruption", "assumptions"})
public record ScenarioFile(int formatVersion, String name, String description, int endYear, String demandCase,
                           Map<String, LeverFile> levers, DisruptionFile disruption,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> assumptions,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String preset) {

    public static final int CURRENT_VERSION = 1;

    /** A file without changed assumptions. */
    public ScenarioFile(int formatVersion, String name, String description, int endYear, String demandCase,
                        Map<String, LeverFile> levers, DisruptionFile disruption) {
        this(formatVersion, name, description, endYear, demandCase, levers, disruption, Map.of(), null);
    }

    /** One lever as stored. */
    @JsonPropertyOrder({"investmentUsdBn", "startYear", "durationYears", "usShare"})
    public record LeverFile(double investmentUsdBn, int startYear, int durationYears, double usShare) {
    }

    /**
     * The disruption event as stored. {@code target}, {@code startMonth} and {@code profile} came with model v2 and
     * are left out for the full-embargo stress case, so such a file is written exactly as before.
     */
    @JsonPropertyOrder({"enabled", "startYear", "months", "severity", "target", "startMonth", "profile"})
    public record DisruptionFile(boolean enabled, int startYear, int months, double severity,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String target,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer startMonth,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Double> profile) {

        /** The full-embargo stress case: all oxide, from January, one severity. */
        public DisruptionFile(boolean enabled, int startYear, int months, double severity) {
            this(enabled, startYear, months, severity, null, null, List.of());
        }

        static DisruptionFile of(DisruptionEvent e) {
            boolean plain = e.target() == DisruptionTarget.ALL_OXIDE && e.startMonth() == 1 && !e.hasProfile();
            if (plain) {
                return new DisruptionFile(e.enabled(), e.startYear(), e.months(), e.severity());
            }
            List<Double> profile = new ArrayList<>();
            for (double v : e.profile()) {
                profile.add(v);
            }
            return new DisruptionFile(e.enabled(), e.startYear(), e.months(), e.severity(), e.target().id(),
                    e.startMonth(), profile);
        }

        DisruptionEvent toModel() {
            double[] depth = profile == null ? new double[0]
                    : profile.stream().mapToDouble(Double::doubleValue).toArray();
            DisruptionTarget t = target == null ? DisruptionTarget.ALL_OXIDE : DisruptionTarget.fromId(target);
            return new DisruptionEvent(enabled, startYear, months, severity, t, startMonth == null ? 1 : startMonth,
                    depth);
        }
    }

    public Scenario toModel() {
        Map<String, Lever> map = new LinkedHashMap<>();
        levers.forEach((id, l) -> map.put(id, new Lever(l.investmentUsdBn(), l.startYear(), l.durationYears(),
                l.usShare())));
        DisruptionEvent event = disruption.toModel();
        Map<Param, Double> changed = new EnumMap<>(Param.class);
        if (assumptions != null) {
            assumptions.forEach((key, value) -> changed.put(Param.fromKey(key), value));
        }
        return new Scenario(name, description, endYear, DemandCase.parse(demandCase), map, event, changed, preset);
    }

    public static ScenarioFile fromModel(Scenario s) {
        Map<String, LeverFile> map = new LinkedHashMap<>();
        s.levers().forEach((id, l) -> map.put(id, new LeverFile(l.investmentUsdBn(), l.startYear(),
                l.durationYears(), l.usShare())));
        DisruptionEvent e = s.disruption() == null ? DisruptionEvent.NONE : s.disruption();
        Map<String, Double> changed = new LinkedHashMap<>();
        s.assumptions().forEach((p, value) -> changed.put(p.key(), value));
        return new ScenarioFile(CURRENT_VERSION, s.name(), s.description(), s.endYear(), s.demandCase().id(), map,
                DisruptionFile.of(e), changed, s.preset());
    }
}
