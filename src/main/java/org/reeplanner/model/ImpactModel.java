package org.reeplanner.model;

import static org.reeplanner.model.Param.*;

import java.util.List;

/**
 * The impact model: from a scenario and the parameters to every output series, year by year. One run works on
 * primitive arrays only and takes a few microseconds; it has no state besides its data, so it is thread-safe.
 * The equations are documented in docs/model.md.
 */
public final class ImpactModel {
    private static final int STAGES = 3;
    private final ModelData data;
    private final double[] baseParameters;
    private final double[][] pipelineByStage;

    public ImpactModel(ModelData data) {
        this.data = data;
        this.baseParameters = data.parameters().baseValues();
        this.pipelineByStage = new double[STAGES][Scenario.MAX_END_YEAR - Scenario.START_YEAR + 1];
        fillPipeline(data.pipeline(), data.parameters().base(PIPELINE_RAMP_YEARS), pipelineByStage);
    }

    public ModelData data() {
        return data;
    }

    public FocusAreaCatalog focusAreas() {
        return data.focusAreas();
    }

    /** Runs the scenario with the base parameter values. */
    public Projection run(Scenario scenario) {
        return run(scenario, baseParameters, pipelineByStage);
    }

    /**
     * Runs the scenario with other parameter values (Monte Carlo, sensitivity): {@code parameters} is indexed by
     * {@link Param#ordinal()}.
     */
    public Projection run(Scenario scenario, double[] parameters) {
        if (parameters[PIPELINE_RAMP_YEARS.ordinal()] == baseParameters[PIPELINE_RAMP_YEARS.ordinal()]) {
            return run(scenario, parameters, pipelineByStage);
        }
        double[][] pipeline = new double[STAGES][pipelineByStage[0].length];
        fillPipeline(data.pipeline(), parameters[PIPELINE_RAMP_YEARS.ordinal()], pipeline);
        return run(scenario, parameters, pipeline);
    }

    private Projection run(Scenario scenario, double[] p, double[][] pipeline) {
        int n = scenario.years();
        FocusAreaCatalog catalog = data.focusAreas();
        LeverSchedule levers = LeverSchedule.of(scenario, catalog, n, p[LEAD_TIME_CUT_MAX.ordinal()]);
        double[][] out = new double[Series.values().length][n];
        Stage[] bottleneck = new Stage[n];

        SupplyStep.run(p, pipeline, levers, scenario.demandCase(), out);
        IndicatorStep.selfSufficiency(p, out, bottleneck);
        IndicatorStep.concentration(out);
        CostStep.run(p, levers, out);
        DisruptionStep.run(p, levers, scenario.disruption(), out);
        IndicatorStep.risk(p, out);

        int[] years = new int[n];
        for (int i = 0; i < n; i++) {
            years[i] = Scenario.START_YEAR + i;
        }
        return new Projection(scenario, years, out, levers.spend, catalog, bottleneck);
    }

    private static void fillPipeline(List<PipelineProject> projects, double rampYears, double[][] out) {
        for (PipelineProject project : projects) {
            double[] row = out[project.stage().ordinal()];
            for (int i = 0; i < row.length; i++) {
                double elapsed = Scenario.START_YEAR + i - project.yearOnline() + 1;
                row[i] += project.probability() * project.capacityTonnes() * Ramp.smoothstep(elapsed / rampYears);
            }
        }
    }
}
