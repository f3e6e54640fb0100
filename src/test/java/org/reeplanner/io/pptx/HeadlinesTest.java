package org.reeplanner.io.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.report.StandardCharts;

class HeadlinesTest {

    @Test
    void theStressSlideNamesTheScenariosRestrictionAndWhatEachGroupIsLeftShort() {
        ReportContent replay = ReportFixtures.content(ReportFixtures.scenario("china-controls-2025-replay"));

        String headline = Headlines.of(StandardCharts.of(replay).stressTest(), replay);

        assertThat(headline).startsWith("Heavy rare earths and magnets, April–June 2025: 1,6")
                .contains(" t REO short; prices ×").contains(", cost USD ").hasSizeLessThan(110);
    }

    @Test
    void withoutARestrictionTheStressSlideSaysSoThenAsksWhatABanWouldDoAsTheStressTabDoes() {
        ReportContent seed = ReportFixtures.content(ReportFixtures.scenario("seed-baseline"));

        assertThat(Headlines.of(StandardCharts.of(seed).stressTest(), seed))
                .startsWith("No export restriction in this scenario; if China withheld 74% for 6 months from 2030, "
                        + "allied buyers would ");
    }
}
