package org.reeplanner.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.charts.ChinaShareChartViewModel;
import org.reeplanner.ui.common.Formats;
import org.reeplanner.ui.kpi.KpiCardsViewModel;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The main window's state: the scenario's name for the title bar and window title, the headline, the status line,
 * and the view models of the window's parts, all fed by one {@link ScenarioSession}.
 */
public final class MainViewModel {
    public static final String APP_NAME = "Rare Earth Resilience Planner";
    /** Says what the coloured changes on the cards are measured against. */
    public static final String COMPARISON_NOTE = "Changes against the same scenario with no new investment: "
            + "green is better, red is worse";

    private final ScenarioSession session;
    private final KpiCardsViewModel kpis;
    private final ChinaShareChartViewModel chinaShare;
    private final StringProperty assumptions = new SimpleStringProperty(this, "assumptions", "default");
    private final ObservableValue<String> scenarioName;
    private final ObservableValue<String> scenarioDescription;
    private final ObservableValue<String> windowTitle;
    private final ObservableValue<String> headline;
    private final ObservableValue<String> status;

    public MainViewModel(ScenarioSession session) {
        this.session = session;
        this.kpis = new KpiCardsViewModel(session.resultProperty());
        this.chinaShare = new ChinaShareChartViewModel(session.resultProperty());
        scenarioName = session.scenarioProperty().map(Scenario::name);
        scenarioDescription = session.scenarioProperty().map(Scenario::description);
        windowTitle = scenarioName.map(name -> APP_NAME + " \u2014 " + name);
        headline = kpis.targetYearProperty().map(year -> "Key results for " + year);
        status = session.resultProperty().flatMap(r -> assumptions.map(a ->
                "model run " + Formats.millis(r.runMillis()) + " \u00b7 assumptions: " + a));
    }

    public ScenarioSession session() {
        return session;
    }

    public KpiCardsViewModel kpis() {
        return kpis;
    }

    public ChinaShareChartViewModel chinaShare() {
        return chinaShare;
    }

    /** "Rare Earth Resilience Planner — Seed baseline". */
    public ObservableValue<String> windowTitle() {
        return windowTitle;
    }

    public ObservableValue<String> scenarioName() {
        return scenarioName;
    }

    public ObservableValue<String> scenarioDescription() {
        return scenarioDescription;
    }

    /** "Key results for 2030": follows the KPI target year. */
    public ObservableValue<String> headline() {
        return headline;
    }

    /** "model run 0.02 ms · assumptions: default". */
    public ObservableValue<String> status() {
        return status;
    }

    /** Which parameter set the results use; "default" until the assumptions view lets users edit them. */
    public StringProperty assumptionsProperty() {
        return assumptions;
    }
}
