package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

class EventFiguresTest {
    private static final ModelData DATA = ModelDataReader.readShipped();
    private static final ImpactModel MODEL = new ImpactModel(DATA);
    private static final ScenarioReader READER = new ScenarioReader(DATA.focusAreas());

    @Test
    void theReplayIsNamedByTargetMonthsAndMonthlyDepthWithItsShortfallPerGroup() {
        Scenario replay = READER.readShipped("china-controls-2025-replay");
        Projection run = MODEL.run(replay);

        assertThat(EventFigures.describe(replay.disruption())).isEqualTo("Heavy rare earths and magnets, "
                + "April–June 2025, 43% / 73% / 30% withheld month by month");
        assertThat(EventFigures.shortfalls(run)).matches("5,1\\d\\d t of magnets \\(NdFeB\\), \\d+ t of heavy oxide, "
                + "1,\\d{3} t REO in all");
        assertThat(EventFigures.prices(run))
                .matches("price ×\\d\\.\\d, Dy/Tb up to USD [\\d,]+/kg");
    }

    @Test
    void anEventAcrossTheNewYearNamesBothYearsAndAFlatOneItsOneShare() {
        DisruptionEvent snapBack = READER.readShipped("snap-back-2026").disruption();
        DisruptionEvent flat = new DisruptionEvent(true, 2027, 1, 0.5, DisruptionTarget.MAGNETS, 3, null);

        assertThat(EventFigures.months(snapBack)).isEqualTo("November 2026–April 2027");
        assertThat(EventFigures.describe(flat)).isEqualTo("Magnets only, March 2027, 50% withheld");
    }
}
