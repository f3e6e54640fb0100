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
import org.reeplanner.model.analysis.Attribution;
import org.reeplanner.model.analysis.AttributionResult;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.Tornado;

/**
 * Everything an export shows: the scenario's run and its no-new-investment baseline, the KPIs of the target year,
 * the parameters used (the defaults with the scenario's changed assumptions), the {@link Narrative} paragraph, and
 * optionally Monte Carlo bands, a tornado study and the attribution of China's separation share to levers and
 * assumptions ({@code bands}, {@code sensitivity} and {@code attribution} may be null), and the sourced defaults the
 * scenario's changed assumptions replace ({@code defaults}), and how its levers differ from the preset it started
 * from ({@code leverChanges}).
 */
public record ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters,
                            Bands bands, Sensitivity sensitivity, ReportStamp stamp, String narrative,
                            AttributionResult attribution, ParameterSet defaults, LeverChanges leverChanges) {

    /** Content not compared with a preset: the exports say "no preset recorded". */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters,
                         Bands bands, Sensitivity sensitivity, ReportStamp stamp, String narrative,
                         AttributionResult attribution, ParameterSet defaults) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, narrative, attribution, defaults,
                LeverChanges.notRecorded());
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

    /** Content whose narrative is the short KPI sentence of {@link ValueText#narrative} (no model at hand). */
    public ReportContent(Projection scenario, Projection baseline, KpiSet kpis, ParameterSet parameters, Bands bands,
                         Sensitivity sensitivity, ReportStamp stamp) {
        this(scenario, baseline, kpis, parameters, bands, sensitivity, stamp, KpiSentence.narrative(kpis));
    }

    /** The series the exported tornado studies: China's share of separation. */
    public static final Series TORNADO_SERIES = Series.SHARE_CHINA_SEPARATION;

    /**
     * Runs {@code scenario} and its baseline with {@code model}, computes the KPIs for {@code year} and, when asked,
     * the tornado of China's separation share in that year and its attribution to levers and changed assumptions;
     * {@code leverChanges} are the scenario's levers against its recorded preset.
     */
    public static ReportContent build(ImpactModel model, Scenario scenario, int year, Bands bands,
                                      boolean withTornado, ReportStamp stamp, LeverChanges leverChanges) {
        ImpactModel edited = model.withAssumptionsOf(scenario);
        Projection run = edited.run(scenario);
        Projection baseline = edited.run(scenario.withoutInvestment());
        KpiSet kpis = KpiSet.of(run, baseline, year);
        Sensitivity sensitivity = null;
        AttributionResult attribution = null;
        if (withTornado) {
            SeriesInfo info = new SeriesInfo(TORNADO_SERIES.id(), TORNADO_SERIES.label(), TORNADO_SERIES.unit());
            sensitivity = new Sensitivity(info, year, new Tornado(edited).of(scenario, TORNADO_SERIES.id(), year));
            attribution = attribution(model, edited, scenario, year);
        }
        return new ReportContent(run, baseline, kpis, edited.data().parameters(), bands, sensitivity, stamp,
                Narrative.of(model, scenario, year, leverChanges), attribution, model.data().parameters(),
                leverChanges);
    }

    /** The attribution against {@code model}'s defaults, or null past {@link Attribution#MAX_LEVERS} funded levers. */
    private static AttributionResult attribution(ImpactModel model, ImpactModel edited, Scenario scenario, int year) {
        long funded = scenario.levers().values().stream().filter(l -> l.investmentUsdBn() > 0).count();
        if (funded > Attribution.MAX_LEVERS) {
            return null;
        }
        return new Attribution(edited, model.data().parameters().baseValues()).of(scenario, TORNADO_SERIES.id(),
                year);
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
