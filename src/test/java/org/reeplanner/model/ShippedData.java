package org.reeplanner.model;

import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;

/** The shipped model data and scenarios, loaded once for the tests. */
final class ShippedData {
    static final ModelData DATA = ModelDataReader.readShipped();
    static final ImpactModel MODEL = new ImpactModel(DATA);
    private static final ScenarioReader READER = new ScenarioReader(DATA.focusAreas());

    private ShippedData() {
    }

    static Scenario scenario(String stem) {
        return READER.readShipped(stem);
    }
}
