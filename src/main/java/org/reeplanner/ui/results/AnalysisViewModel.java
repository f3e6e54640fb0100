package org.reeplanner.ui.results;

import javafx.beans.value.ObservableValue;
import org.reeplanner.ui.analysis.AttributionViewModel;
import org.reeplanner.ui.analysis.StudyRunner;
import org.reeplanner.ui.analysis.TornadoViewModel;
import org.reeplanner.ui.analysis.UncertaintySettingsViewModel;
import org.reeplanner.ui.analysis.UncertaintyViewModel;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Debouncer;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The studies over many model runs, as the window offers them: the uncertainty study behind the bands and the fan,
 * with its settings, the tornado and the attribution waterfall. Each runs in the background and follows the scenario
 * while something on screen shows it.
 */
public final class AnalysisViewModel {
    private final UncertaintyViewModel uncertainty;
    private final UncertaintySettingsViewModel uncertaintySettings;
    private final TornadoViewModel tornado;
    private final AttributionViewModel attribution;

    /** @param debouncer waits for the scenario to rest before a new uncertainty study */
    public AnalysisViewModel(ScenarioSession session, ChartsViewModel charts, YearCursor cursor,
                             BackgroundTasks tasks, Debouncer debouncer) {
        ObservableValue<Boolean> fanShown = charts.selectedProperty().map(t -> t == ChartTab.UNCERTAINTY);
        ObservableValue<Boolean> wanted = charts.uncertaintyShownProperty().flatMap(on -> fanShown.map(fan ->
                on || fan));
        uncertainty = new UncertaintyViewModel(session, tasks, debouncer, wanted);
        uncertaintySettings = new UncertaintySettingsViewModel(uncertainty);
        uncertainty.bandsProperty().subscribe(b -> charts.showUncertainty(b, uncertainty.staleProperty().get()));
        uncertainty.staleProperty().subscribe(s -> charts.showUncertainty(uncertainty.bandsProperty().get(), s));
        tornado = new TornadoViewModel(session, cursor, new StudyRunner(tasks));
        attribution = new AttributionViewModel(session, cursor, new StudyRunner(tasks),
                session.model().data().parameters().baseValues());
        charts.selectedProperty().subscribe(tab -> {
            tornado.setActive(tab == ChartTab.TORNADO);
            attribution.setActive(tab == ChartTab.ATTRIBUTION);
        });
    }

    public TornadoViewModel tornado() {
        return tornado;
    }

    public AttributionViewModel attribution() {
        return attribution;
    }

    public UncertaintyViewModel uncertainty() {
        return uncertainty;
    }

    public UncertaintySettingsViewModel uncertaintySettings() {
        return uncertaintySettings;
    }
}
