package org.reeplanner.ui.analysis;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.ui.common.Messages;

/**
 * The uncertainty study's settings as typed: runs and seed, checked before they are applied ("Runs: a whole number
 * from 100 to 100,000."). Applying a change starts a new study when the bands are wanted.
 */
public final class UncertaintySettingsViewModel {
    public static final int MIN_RUNS = 100;

    private final UncertaintyViewModel study;
    private final StringProperty runs = new SimpleStringProperty(this, "runs", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public UncertaintySettingsViewModel(UncertaintyViewModel study) {
        this.study = study;
        reset();
        runs.subscribe((before, now) -> check());
        seed.subscribe((before, now) -> check());
    }

    /** Shows the study's current settings again. */
    public void reset() {
        runs.set(Integer.toString(study.runsProperty().get()));
        seed.set(Long.toString(study.seedProperty().get()));
        error.set("");
    }

    public StringProperty runsProperty() {
        return runs;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** What is wrong with the typed settings, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Applies valid settings and returns true; otherwise explains what is wrong and returns false. */
    public boolean apply() {
        if (!check()) {
            return false;
        }
        study.runsProperty().set(Integer.parseInt(runs.get().strip().replace(",", "")));
        study.seedProperty().set(Long.parseLong(seed.get().strip()));
        return true;
    }

    private boolean check() {
        String problem = "";
        Integer n = parseRuns(runs.get());
        if (n == null) {
            problem = Messages.format("uncertainty.error.runs", String.format(Locale.ROOT, "%,d", MIN_RUNS),
                    String.format(Locale.ROOT, "%,d", MonteCarlo.MAX_RUNS));
        } else if (!isLong(seed.get())) {
            problem = Messages.get("uncertainty.error.seed");
        }
        error.set(problem);
        return problem.isEmpty();
    }

    private static Integer parseRuns(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip().replace(",", ""));
            return n >= MIN_RUNS && n <= MonteCarlo.MAX_RUNS ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isLong(String text) {
        try {
            Long.parseLong(text == null ? "" : text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
