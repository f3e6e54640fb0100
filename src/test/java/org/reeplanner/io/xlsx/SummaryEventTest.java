package org.reeplanner.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

class SummaryEventTest {

    @Test
    void theSummaryNamesTheTargetMonthsAndPerGroupShortfalls() {
        Scenario replay = ReportFixtures.scenario("china-controls-2025-replay");
        Projection run = ReportFixtures.MODEL.run(replay);

        assertThat(SummarySheet.event(replay.disruption(), run)).startsWith("China restricts exports to allied "
                + "buyers: Heavy rare earths and magnets, April–June 2025, 43% / 73% / 30% withheld month by month; "
                + "left short: 5,1")
                .contains(" t of magnets (NdFeB)").contains("; price ×").contains("Dy/Tb up to USD ");
        assertThat(SummarySheet.event(null, run)).isEqualTo("none");
    }
}
