package org.reeplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

/** Tornado and attribution of several series from one set of runs: each series read from the runs it needs. */
class StudyOfManySeriesTest {
    private static final List<String> KPIS = List.of(KpiSet.CHINA_SEPARATION, KpiSet.SELF_SUFFICIENCY,
            KpiSet.PROCESSING_COST, KpiSet.PROGRAMME_COST, KpiSet.RISK, KpiSet.STRESS_SHORTFALL);

    @Test
    void theTornadoOfEveryKpiAtOnceReadsEachKpiFromItsOwnPerturbedRun() {
        Random random = new Random(21);
        ImpactModel model = AnalysisFixtures.MODEL;
        for (String stem : List.of("seed-baseline", "export-ban-stress")) {
            Scenario s = AnalysisFixtures.scenario(stem);
            int year = 2026 + random.nextInt(14);
            Map<String, List<TornadoBar>> all = new Tornado(model).ofAll(s, KPIS, year);
            assertThat(all.keySet()).containsExactlyElementsOf(KPIS);
            for (String id : KPIS) {
                List<TornadoBar> bars = all.get(id);
                for (int k = 0; k < 4; k++) {
                    TornadoBar bar = bars.get(random.nextInt(bars.size()));
                    double[] values = model.data().parameters().baseValues();
                    Scenario at = s;
                    if (bar.kind() == TornadoBar.Kind.PARAMETER) {
                        values[Param.fromKey(bar.key()).ordinal()] = bar.inputHigh();
                    } else {
                        at = s.withInvestment(bar.key(), bar.inputHigh());
                    }
                    double expected = model.run(at, values).value(Series.byId(id), year);
                    assertThat(bar.outputHigh()).as(stem + " " + id + " " + bar.key() + " " + year)
                            .isEqualTo(expected);
                    assertThat(bar.outputBase()).isEqualTo(model.run(s).value(Series.byId(id), year));
                }
            }
        }
    }

    @Test
    void theAttributionOfEveryKpiAtOnceMatchesEachKpisOwnAndItsPartsAddUp() {
        Scenario s = AnalysisFixtures.scenario("export-ban-stress");
        Attribution attribution = new Attribution(AnalysisFixtures.MODEL,
                AnalysisFixtures.MODEL.data().parameters().baseValues());
        Map<String, AttributionResult> all = attribution.ofAll(s, KPIS, 2030);
        for (String id : KPIS) {
            AttributionResult r = all.get(id);
            Series series = Series.byId(id);
            assertThat(r.baselineValue()).as(id)
                    .isEqualTo(AnalysisFixtures.MODEL.run(s.withoutInvestment()).value(series, 2030));
            assertThat(r.scenarioValue()).as(id).isEqualTo(AnalysisFixtures.MODEL.run(s).value(series, 2030));
            assertThat(r.leversTotal() + r.assumptionsEffect()).as(id)
                    .isCloseTo(r.totalChange(), within(1e-9 * Math.max(1, Math.abs(r.scenarioValue()))));
        }
    }
}
