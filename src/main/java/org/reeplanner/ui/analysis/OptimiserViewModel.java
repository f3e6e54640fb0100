package org.reeplanner.ui.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.GoalSeek;
import org.reeplanner.model.analysis.LeverBounds;
import org.reeplanner.model.analysis.Objective;
import org.reeplanner.model.analysis.OptimisationResult;
import org.reeplanner.model.analysis.Optimiser;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.levers.AmountParser;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * The optimiser and goal-seek dialog's state: what to optimise (a series in a year, minimised or maximised), the
 * budget or the target, each lever's bounds; a run in the background with progress and Cancel; the split found
 * with each lever's marginal effect; and "Apply to scenario", which sets every lever in one undoable step.
 */
public final class OptimiserViewModel {
    public static final String OPTIMISE = "optimise";
    public static final String GOAL_SEEK = "goal-seek";
    public static final String MINIMISE = "minimise";
    public static final String MAXIMISE = "maximise";

    private final ScenarioSession session;
    private final YearCursor cursor;
    private final Consumer<UnaryOperator<Scenario>> edits;
    private final Optimiser optimiser;
    private final StudyRunner runner;
    private final List<BoundsRow> rows;
    private final StringProperty mode = new SimpleStringProperty(this, "mode", OPTIMISE);
    private final StringProperty series = new SimpleStringProperty(this, "series", StudySeries.ALL.get(0).id());
    private final StringProperty direction = new SimpleStringProperty(this, "direction", MINIMISE);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Map<String, Double>> found = new ReadOnlyObjectWrapper<>(this, "found");
    private final BooleanBinding canApply;

    /** @param edits applies one change of the scenario as one undo step */
    public OptimiserViewModel(ScenarioSession session, YearCursor cursor, StudyRunner runner,
                              Consumer<UnaryOperator<Scenario>> edits) {
        this.session = session;
        this.cursor = cursor;
        this.edits = edits;
        this.runner = runner;
        this.optimiser = new Optimiser(session.model());
        this.rows = session.model().focusAreas().areas().stream()
                .map(area -> new BoundsRow(area, session.scenarioProperty())).toList();
        year.set(cursor.year());
        series.subscribe(id -> {
            StudySeries s = StudySeries.byId(id);
            direction.set(s.lowerIsBetter() ? MINIMISE : MAXIMISE);
            target.set(OptimiserTexts.defaultTarget(s, session.result().scenario(), year.get()));
        });
        resetBudget();
        canApply = Bindings.createBooleanBinding(() -> found.get() != null && !runner.isRunning(), found,
                runner.runningProperty());
        for (var p : List.of(mode, series, direction, budget, target)) {
            p.subscribe((before, now) -> changed());
        }
        year.subscribe((before, now) -> changed());
        rows.forEach(r -> {
            r.minProperty().subscribe((before, now) -> changed());
            r.maxProperty().subscribe((before, now) -> changed());
        });
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public List<ChoiceOption> modeOptions() {
        return List.of(new ChoiceOption(OPTIMISE, Messages.get("optimiser.mode.optimise")),
                new ChoiceOption(GOAL_SEEK, Messages.get("optimiser.mode.goalSeek")));
    }

    public List<ChoiceOption> seriesOptions() {
        return StudySeries.objectives().stream().map(s -> new ChoiceOption(s.id(), s.name())).toList();
    }

    public StringProperty seriesProperty() {
        return series;
    }

    /** {@link #MINIMISE} or {@link #MAXIMISE}; for a goal seek, whether the result must fall to the target or rise. */
    public StringProperty directionProperty() {
        return direction;
    }

    /** How to optimise: minimise or maximise. */
    public List<ChoiceOption> directionOptions() {
        return List.of(new ChoiceOption(MINIMISE, Messages.get("optimiser.minimise")),
                new ChoiceOption(MAXIMISE, Messages.get("optimiser.maximise")));
    }

    /** The same choice for a goal seek: the result must fall to the target or rise to it. */
    public List<ChoiceOption> targetOptions() {
        return List.of(new ChoiceOption(MINIMISE, Messages.get("optimiser.atMost")),
                new ChoiceOption(MAXIMISE, Messages.get("optimiser.atLeast")));
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The years to choose from: the scenario's horizon. */
    public ObservableList<Integer> years() {
        return cursor.years();
    }

    /** The budget to split, USD bn (optimise only); the scenario's total unless changed. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** The scenario's own total, e.g. "USD 5.5 bn". */
    public String budgetTotal() {
        return Formats.usdBn(session.scenario().totalInvestmentUsdBn());
    }

    /** The target in the series' display unit (percent for shares), goal seek only. */
    public StringProperty targetProperty() {
        return target;
    }

    /** The target's unit, e.g. "%" or "kt REO". */
    public String targetUnit() {
        return StudySeries.byId(series.get()).scale().axisLabel();
    }

    public List<BoundsRow> rows() {
        return rows;
    }

    /** Why the inputs cannot be run, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last run found, in a sentence or two. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The split the last run found (focus-area id → USD bn), or null. */
    public ReadOnlyObjectProperty<Map<String, Double>> foundProperty() {
        return found.getReadOnlyProperty();
    }

    public StudyRunner runner() {
        return runner;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /**
     * Readies the dialog for {@code newMode} ({@link #OPTIMISE} or {@link #GOAL_SEEK}) on the scenario as it is now:
     * the budget is its total again and the year the window's target year.
     */
    public void open(String newMode) {
        mode.set(newMode);
        year.set(Math.max(Scenario.START_YEAR, Math.min(session.scenario().endYear(), cursor.year())));
        resetBudget();
    }

    /** Sets the budget back to the scenario's total. */
    public void resetBudget() {
        budget.set(Formats.plain(Math.round(session.scenario().totalInvestmentUsdBn() * 100) / 100.0));
    }

    /** Checks the inputs; true when they can be run, otherwise {@link #errorProperty()} says what to fix. */
    public boolean validate() {
        return inputs() != null;
    }

    /** Runs the optimiser or the goal seek in the background; does nothing but explain when the inputs are wrong. */
    public void run() {
        Inputs in = inputs();
        if (in == null) {
            return;
        }
        Scenario scenario = session.scenario();
        summary.set(GOAL_SEEK.equals(mode.get()) ? Messages.get("optimiser.running.goalSeek")
                : Messages.get("optimiser.running.optimise"));
        runner.start(progress -> GOAL_SEEK.equals(mode.get())
                        ? OptimiserTexts.of(in.series(), new GoalSeek(optimiser).seek(scenario, in.series().id(),
                                in.year(), in.target(), in.minimise(), in.bounds(), progress))
                        : OptimiserTexts.of(in.series(), optimiser.optimise(scenario, new Objective(in.series().id(),
                                in.year(), !in.minimise()), in.budget(), in.bounds(), progress)),
                this::show, failure -> summary.set(Messages.format("optimiser.failed", failure.getMessage())));
    }

    /** Stops the run. */
    public void cancel() {
        runner.cancel();
        summary.set(Messages.get("optimiser.cancelled"));
    }

    /** Sets every lever to the split found, rounded to USD 10 million, as one undoable edit. */
    public void apply() {
        Map<String, Double> split = found.get();
        if (split == null) {
            return;
        }
        edits.accept(s -> {
            Scenario next = s;
            for (Map.Entry<String, Double> e : split.entrySet()) {
                next = next.withInvestment(e.getKey(), e.getValue());
            }
            return next;
        });
        summary.set(Messages.format("optimiser.applied", summary.get()));
    }

    private void show(OptimiserTexts.Outcome outcome) {
        OptimisationResult r = outcome.result();
        Map<String, Double> split = new LinkedHashMap<>();
        for (BoundsRow row : rows) {
            double money = Math.round(r.allocation().getOrDefault(row.id(), 0.0) * 100) / 100.0;
            split.put(row.id(), money);
            row.showResult(money, outcome.marginal().get(row.id()));
        }
        found.set(split);
        summary.set(outcome.summary());
    }

    private void changed() {
        found.set(null);
        rows.forEach(BoundsRow::clearResult);
        if (!runner.isRunning()) {
            summary.set("");
        }
        validate();
    }

    private Inputs inputs() {
        Map<String, LeverBounds> bounds = new LinkedHashMap<>();
        String problem = "";
        for (BoundsRow row : rows) {
            LeverBounds b = row.bounds();
            if (b == null && problem.isEmpty()) {
                problem = row.errorProperty().get();
            }
            bounds.put(row.id(), b);
        }
        StudySeries s = StudySeries.byId(series.get());
        double money = Double.NaN;
        double goal = Double.NaN;
        if (problem.isEmpty()) {
            double least = bounds.values().stream().mapToDouble(LeverBounds::minUsdBn).sum();
            double most = bounds.values().stream().mapToDouble(LeverBounds::maxUsdBn).sum();
            if (GOAL_SEEK.equals(mode.get())) {
                goal = OptimiserTexts.parseTarget(target.get(), s);
                problem = Double.isNaN(goal) ? Messages.format("optimiser.error.target", targetUnit()) : "";
            } else {
                AmountParser.Result b = AmountParser.parse(budget.get(), Scenario.MAX_LEVER_USD_BN * rows.size());
                money = b.isOk() ? b.value() : Double.NaN;
                problem = !b.isOk() ? Messages.format("optimiser.error.budget", b.error())
                        : money < least - 1e-9 || money > most + 1e-9 ? Messages.format(
                        "optimiser.error.budgetRange", Formats.usdBn(least), Formats.usdBn(most)) : "";
            }
        }
        error.set(problem);
        return problem.isEmpty() ? new Inputs(s, year.get(), MINIMISE.equals(direction.get()), money, goal, bounds)
                : null;
    }

    /** Checked inputs of one run. */
    private record Inputs(StudySeries series, int year, boolean minimise, double budget, double target,
                          Map<String, LeverBounds> bounds) {
    }
}
