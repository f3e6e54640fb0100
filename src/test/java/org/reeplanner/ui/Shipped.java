package org.reeplanner.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Debouncer;
import org.reeplanner.ui.scenarios.ScenarioSession;

/** The shipped model data and scenarios for UI tests, loaded once. */
public final class Shipped {
    public static final ModelData DATA = ModelDataReader.readShipped();
    public static final ImpactModel MODEL = new ImpactModel(DATA);
    public static final FactSheet FACTS = FactSheet.readShipped();

    private Shipped() {
    }

    public static Scenario scenario(String stem) {
        return new ScenarioReader(DATA.focusAreas()).readShipped(stem);
    }

    /** A fresh session on a shipped scenario. */
    public static ScenarioSession session(String stem) {
        return new ScenarioSession(MODEL, scenario(stem));
    }

    /** A window model on a fresh session of a shipped scenario: tasks on the calling thread, studies at once. */
    public static MainViewModel mainViewModel(String stem) {
        ScenarioSession session = session(stem);
        Clock clock = Clock.systemDefaultZone();
        return new MainViewModel(session, session.scenario(), new MainViewModel.Services(BackgroundTasks.sameThread(),
                Debouncer.IMMEDIATE, FACTS, new ExportService(MODEL, clock), clock, Path.of(System.getProperty(
                "user.home"))));
    }
}
