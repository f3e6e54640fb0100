package org.reeplanner.io.report;

import java.util.List;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.AttributionResult;
import org.reeplanner.model.analysis.Bands;

/**
 * Everything an export shows: the scenario's run and its no-new-investment baseline, the KPIs of the target year,
 * the parameters used (the defaults with the scenario's changed assumptions), the {@link Narrative} paragraph, and
 * optionally Monte Carlo bands, a tornado study and the attribution to levers and assumptions of the KPI that
 * moved most, with the same studies of every KPI in {@code studies} ({@code bands}, {@code sensitivity},
 * {@code attribution} and {@code studies} may be null), the sourced defaults the scenario's changed assumptions
 * replace ({@code defaults}), and how its levers differ from the preset it started from ({@code leverChanges}).
 */
public record ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters,
                            Bands bands, Sensitivity sensitivity, ReportStamp stamp, String narrative,
                            AttributionResult attribution, ParameterSet defaults, KpiStudies studies,
                            LeverChanges leverChanges) {

    /** Content with studies of every KPI, not compared with a preset: the exports say "no preset recorded". */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters,
                         Bands bands, Sensitivity sensitivity, ReportStamp stamp, String narrative,
                         AttributionResult attribution, ParameterSet defaults, KpiStudies studies) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, narrative, attribution, defaults,
                studies, LeverChanges.notRecorded());
    }

    /** Content compared with its preset, without studies of every KPI (the tornado and attribution of one series). */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters,
                         Bands bands, Sensitivity sensitivity, ReportStamp stamp, String narrative,
                         AttributionResult attribution, ParameterSet defaults, LeverChanges leverChanges) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, narrative, attribution, defaults, null,
                leverChanges);
    }

    /** Content without studies of every KPI and not compared with a preset. */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters,
                         Bands bands, Sensitivity sensitivity, ReportStamp stamp, String narrative,
                         AttributionResult attribution, ParameterSet defaults) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, narrative, attribution, defaults,
                (KpiStudies) null);
    }

    /** Content whose parameters are the defaults (no assumption changed against them). */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters, Bands bands,
                         Sensitivity sensitivity, ReportStamp stamp, String narrative,
                         AttributionResult attribution) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, narrative, attribution, parameters);
    }

    /** Content without an attribution study. */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters, Bands bands,
                         Sensitivity sensitivity, ReportStamp stamp, String narrative) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, narrative, null);
    }

    /** Content whose narrative is the short KPI sentence of {@link KpiSentence#narrative} (no model at hand). */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters, Bands bands,
                         Sensitivity sensitivity, ReportStamp stamp) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, KpiSentence.narrative(kpis));
    }

    /** The series the exported tornado studies when no KPI moved: China's share of separation. */
    public static final Series TORNADO_SERIES = Series.SHARE_CHINA_SEPARATION;

    /**
     * Runs {@code scenario} and its baseline with {@code model}, computes the KPIs for {@code year} and, when asked,
     * the tornado and attribution of every KPI in that year ({@code sensitivity} and {@code attribution} are those
     * of the KPI that moved most); {@code leverChanges} are the scenario's levers against its recorded preset.
     */
    public static ReportContent build(ImpactModel model, Scenario scenario, int year, Bands bands,
                                      boolean withTornado, ReportStamp stamp, LeverChanges leverChanges) {
        ImpactModel edited = model.withAssumptionsOf(scenario);
        Projection run = edited.run(scenario);
        Projection baseline = edited.run(scenario.withoutInvestment());
        KpiSet kpis = KpiSet.of(run, baseline, year);
        KpiStudies studies = withTornado ? KpiStudies.of(model, edited, scenario, kpis) : null;
        return new ReportContent(run, baseline, kpis, edited.data().parameters(), bands,
                studies == null ? null : studies.focus().sensitivity(), stamp,
                Narrative.of(model, scenario, year, leverChanges),
                studies == null ? null : studies.focus().attribution(), model.data().parameters(), studies,
                leverChanges);
    }

    public Scenario scenarioInput() {
        return scenario.scenario();
    }

    public int targetYear() {
        return kpis.year();
    }

    public List<SeriesInfo> seriesInfo() {
        return scenario.seriesInfo();
    }
}
