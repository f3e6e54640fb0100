package org.reeplanner.model;

import static org.reeplanner.model.Param.*;


/**
 * The impact model: from a scenario and the parameters to every output series, year by year. One run works on
 * primitive arrays only and takes a few microseconds; it has no state besides its data, so it is thread-safe.
 * The equations are documented in docs/model.md.
 */
public final class ImpactModel {
    private static final int STAGES = 3;
    private static final int PARAM_COUNT = Param.values().length;
    private final ModelData data;
    private final double[] baseParameters;
    private final PipelineProject[] pipeline;

    public ImpactModel(ModelData data) {
        this.data = data;
        this.baseParameters = data.parameters().baseValues();
        this.pipeline = data.pipeline().toArray(new PipelineProject[0]);
    }

    public ModelData data() {
        return data;
    }

    public FocusAreaCatalog focusAreas() {
        return data.focusAreas();
    }

    /** Runs the scenario with the base parameter values, replaced by the scenario's changed assumptions. */
    public Projection run(Scenario scenario) {
        if (scenario.assumptions().isEmpty()) {
            return run(scenario, baseParameters);
        }
        double[] p = baseParameters.clone();
        scenario.assumptions().forEach((param, value) -> p[param.ordinal()] = value);
        return run(scenario, p);
    }

    /**
     * This model with the scenario's changed assumptions as its base values (and ranges widened to include them),
     * for studies that draw or vary parameters around the base (Monte Carlo, tornado, attribution); this model
     * itself when nothing was changed.
     */
    public ImpactModel withAssumptionsOf(Scenario scenario) {
        if (scenario.assumptions().isEmpty()) {
            return this;
        }
        ParameterSet changed = data.parameters();
        for (var e : scenario.assumptions().entrySet()) {
            changed = changed.with(e.getKey(), e.getValue());
        }
        return new ImpactModel(data.withParameters(changed));
    }

    /**
     * Runs the scenario with other parameter values (Monte Carlo, sensitivity): {@code p} is indexed by
     * {@link Param#ordinal()} and used as given (the scenario's assumptions are not applied).
     */
    public Projection run(Scenario scenario, double[] p) {
        if (p.length != PARAM_COUNT) {
            throw new IllegalArgumentException("expected " + PARAM_COUNT + " parameter values, got "
                    + p.length);
        }
        int n = scenario.years();
        FocusAreaCatalog catalog = data.focusAreas();
        LeverSchedule levers = LeverSchedule.of(scenario, catalog, n, p);
        double[][] out = new double[Series.COUNT][n];
        Stage[] bottleneck = new Stage[n];

        double[][][] pipelineCapacity = pipelineCapacity(p[PIPELINE_RAMP_YEARS.ordinal()],
                levers.effect(Channel.LEAD_TIME_CUT), n);
        SupplyStep.run(p, pipelineCapacity, levers, scenario.demandCase(), out);
        MarketStep.run(p, levers, catalog.offtakeIndex(), out);
        HeavyStep.run(p, new double[][] {pipelineCapacity[0][STAGES], pipelineCapacity[1][STAGES]}, levers, out);
        DisruptionStep.run(p, levers, scenario.disruption(), out);
        IndicatorStep.selfSufficiency(p, out, bottleneck);
        IndicatorStep.concentration(out);
        CostStep.run(p, levers, out);
        IndicatorStep.risk(p, out);

        int[] years = new int[n];
        for (int i = 0; i < n; i++) {
            years[i] = Scenario.START_YEAR + i;
        }
        return new Projection(scenario, years, out, levers.spend, catalog, bottleneck);
    }

    /**
     * Expected capacity of the already-funded projects by region (0 allied, 1 rest of world) and stage: probability ×
     * capacity × ramp after the year online; permitting reform brings an allied project's year closer in proportion
     * to the time left until it (it does not act on projects abroad). Index {@code STAGES} holds heavy rare-earth
     * capacity (t Dy+Tb oxide a year).
     */
    private double[][][] pipelineCapacity(double rampYears, double[] leadTimeCut, int n) {
        double[][][] out = new double[2][STAGES + 1][n];
        double[] noCut = new double[n];
        for (PipelineProject project : pipeline) {
            boolean allied = project.region() == Region.ALLIED;
            double[] row = out[allied ? 0 : 1][project.stage().ordinal()];
            double[] heavy = out[allied ? 0 : 1][STAGES];
            double[] cut = allied ? leadTimeCut : noCut;
            double wait = Math.max(0, project.yearOnline() - Scenario.START_YEAR);
            for (int i = 0; i < n; i++) {
                double online = project.yearOnline() - wait * cut[i];
                double elapsed = Scenario.START_YEAR + i - online + 1;
                if (elapsed <= 0) {
                    continue;
                }
                double expected = project.probability() * Ramp.smoothstep(elapsed / rampYears);
                row[i] += expected * project.capacityTonnes();
                heavy[i] += expected * project.heavyTonnes();
            }
        }
        return out;
    }
}
