package org.reeplanner.model.analysis;

import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;

/** The shipped data for analysis tests. */
final class AnalysisFixtures {
    static final ModelData DATA = ModelDataReader.readShipped();
    static final ImpactModel MODEL = new ImpactModel(DATA);

    private AnalysisFixtures() {
    }

    static Scenario scenario(String stem) {
        return new ScenarioReader(DATA.focusAreas()).readShipped(stem);
    }
}
