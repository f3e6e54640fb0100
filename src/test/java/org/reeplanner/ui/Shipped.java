package org.reeplanner.ui;

import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.scenarios.ScenarioSession;

/** The shipped model data and scenarios for UI tests, loaded once. */
public final class Shipped {
    public static final ModelData DATA = ModelDataReader.readShipped();
    public static final ImpactModel MODEL = new ImpactModel(DATA);

    private Shipped() {
    }

    public static Scenario scenario(String stem) {
        return new ScenarioReader(DATA.focusAreas()).readShipped(stem);
    }

    /** A fresh session on a shipped scenario. */
    public static ScenarioSession session(String stem) {
        return new ScenarioSession(MODEL, scenario(stem));
    }
}
