package org.reeplanner.ui.analysis;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.WhileShown;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * What the study tabs (Tornado, Attribution) share: the series picked, the picture of the newest study, whether it
 * is out of date, and the error of a failed one. A study of the picked series in the cursor's year runs in the
 * background after every change of the scenario, the series or the year while the tab is shown, and once it is shown
 * again otherwise ({@link WhileShown}).
 *
 * @param <P> the picture the tab's chart draws
 */
public abstract class StudyTabViewModel<P> {
    private final ScenarioSession session;
    private final YearCursor cursor;
    private final StudyRunner runner;
    private final UnaryOperator<String> failed;
    private final StringProperty series = new SimpleStringProperty(this, "series", StudySeries.ALL.get(0).id());
    private final ReadOnlyObjectWrapper<P> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final WhileShown shown = new WhileShown(this::compute);

    /** @param failed the message that says the study failed, given the reason */
    protected StudyTabViewModel(ScenarioSession session, YearCursor cursor, StudyRunner runner,
                                UnaryOperator<String> failed) {
        this.session = session;
        this.cursor = cursor;
        this.runner = runner;
        this.failed = failed;
        // Hidden until the tab is selected, which then runs the first study.
        shown.setActive(false);
        shown.request();
        session.scenarioProperty().subscribe((before, now) -> changed());
        cursor.yearProperty().subscribe((before, now) -> changed());
        series.subscribe((before, now) -> changed());
    }

    /** The series to choose from, KPI series first. */
    public List<ChoiceOption> seriesOptions() {
        return StudySeries.ALL.stream().map(s -> new ChoiceOption(s.id(), s.name())).toList();
    }

    public StringProperty seriesProperty() {
        return series;
    }

    /** The picture to draw, or null before the first study. */
    public ReadOnlyObjectProperty<P> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Whether the picture is out of date (a new study is on its way). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StudyRunner runner() {
        return runner;
    }

    /** Whether the tab is shown; a hidden tab's study runs when it is shown again. */
    public void setActive(boolean on) {
        shown.setActive(on);
    }

    /**
     * The study of {@code series} in {@code year} turned into a picture; runs on a background thread.
     *
     * @param model the impact model with the scenario's changed assumptions
     */
    protected abstract P study(ImpactModel model, Scenario scenario, StudySeries series, int year);

    private void changed() {
        stale.set(true);
        shown.request();
    }

    private void compute() {
        Scenario scenario = session.scenario();
        StudySeries s = StudySeries.byId(series.get());
        int year = Math.max(Scenario.START_YEAR, Math.min(scenario.endYear(), cursor.year()));
        runner.start(progress -> study(session.model().withAssumptionsOf(scenario), scenario, s, year), p -> {
            picture.set(p);
            stale.set(false);
            error.set("");
        }, failure -> {
            error.set(failed.apply(failure.getMessage()));
            shown.putOff();
        });
    }
}
