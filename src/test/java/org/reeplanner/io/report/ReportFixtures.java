package org.reeplanner.io.report;

import java.time.LocalDate;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Progress;

/** Shipped data, scenarios and report contents for the export tests, with a fixed date so outputs are stable. */
public final class ReportFixtures {
    public static final ModelData DATA = ModelDataReader.readShipped();
    public static final ImpactModel MODEL = new ImpactModel(DATA);
    public static final LocalDate DATE = LocalDate.of(2026, 3, 14);
    public static final int YEAR = 2030;
    private static final ScenarioReader READER = new ScenarioReader(DATA.focusAreas());
    private static Bands bands;

    private ReportFixtures() {
    }

    public static Scenario scenario(String stem) {
        return READER.readShipped(stem);
    }

    public static ReportStamp stamp(Scenario s) {
        return new ReportStamp("1.2.3", DATE, s.name());
    }

    /** The scenario's report with a tornado, without Monte Carlo. */
    public static ReportContent content(Scenario s) {
        return ReportContent.build(MODEL, s, YEAR, null, true, stamp(s),
                ShippedScenarios.leverChanges(s, MODEL.focusAreas()));
    }

    /** The accelerated-allied report with a small Monte Carlo study and a tornado. */
    public static synchronized ReportContent full() {
        Scenario s = scenario("accelerated-allied");
        if (bands == null) {
            bands = new MonteCarlo(MODEL).run(s, 400, 7, Progress.NONE);
        }
        return ReportContent.build(MODEL, s, YEAR, bands, true, stamp(s),
                ShippedScenarios.leverChanges(s, MODEL.focusAreas()));
    }
}
