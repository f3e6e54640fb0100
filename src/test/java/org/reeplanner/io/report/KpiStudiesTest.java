package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.analysis.TornadoBar;

class KpiStudiesTest {

    @Test
    void everyHeadlineKpiGetsATornadoAndAnAttributionAndTheExportsLeadWithTheOneThatMovedMost() {
        for (String stem : List.of("seed-baseline", "export-ban-stress", "accelerated-allied")) {
            ReportContent c = ReportFixtures.content(ReportFixtures.scenario(stem));
            KpiStudies studies = c.studies();
            assertThat(studies.studies()).extracting(s -> s.kpi().id())
                    .containsExactlyElementsOf(c.kpis().cards().stream().map(Kpi::id).toList());
            assertThat(studies.studies()).allSatisfy(s -> assertThat(s.attribution()).isNotNull());
            Kpi focus = studies.focus().kpi();
            assertThat(focus.better()).as(stem).isNotEqualTo(Kpi.Better.NEITHER);
            for (Kpi k : c.kpis().cards()) {
                if (k.better() != Kpi.Better.NEITHER) {
                    assertThat(KpiStudies.relativeChange(k)).as(stem + " " + k.id())
                            .isLessThanOrEqualTo(KpiStudies.relativeChange(focus));
                }
            }
            assertThat(studies.focusReason()).as(stem).startsWith(focus.label() + " moved most");
            assertThat(c.sensitivity().series().id()).isEqualTo(focus.id());
            assertThat(c.attribution().seriesId()).isEqualTo(focus.id());
        }
    }

    @Test
    void aFundedLeverThatLeavesAKpiUnmovedSaysSoAndWhyInsteadOfAZeroBar() {
        ReportContent c = ReportFixtures.content(ReportFixtures.scenario("export-ban-stress"));
        int notes = 0;
        for (KpiStudy study : c.studies().studies()) {
            for (TornadoBar bar : study.sensitivity().bars()) {
                if (bar.kind() != TornadoBar.Kind.LEVER) {
                    continue;
                }
                String note = study.leverNote(bar.key());
                if (study.negligible(bar.swing())) {
                    assertThat(note).as(study.kpi().id() + " " + bar.key())
                            .startsWith("no effect on " + study.kpi().label() + " in " + ReportFixtures.YEAR + ": ")
                            .containsAnyOf("its spending starts", "moves it", "does not move it");
                    notes++;
                } else {
                    assertThat(note).isEmpty();
                }
            }
        }
        assertThat(notes).as("export-ban-stress funds mining, whose ore is stocked in 2030").isPositive();
    }

    @Test
    void withoutAnyChangeTheStudyLeadsWithChinasSeparationShare() {
        ReportContent c = ReportFixtures.content(ReportFixtures.scenario("no-new-investment"));
        assertThat(c.studies().focusId()).isEqualTo(KpiSet.CHINA_SEPARATION);
        assertThat(c.studies().focusReason()).startsWith("No headline outcome moved");
    }
}
