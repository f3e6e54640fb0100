package org.reeplanner.ui.scenarios;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Scenario;

/**
 * The scenario being worked on as a document: the file it belongs to, whether it differs from what is saved there,
 * and the undo history of its edits. Every change of the session's scenario (a lever, the timing, an event, the
 * name, from any view) is recorded as an undo step. A continuous change the session reports
 * ({@link ScenarioSession#changingProperty()}: a slider drag, a held spinner arrow) is one step, and so is typing
 * between {@link #beginGesture()} and {@link #endGesture()}.
 */
public final class ScenarioDocument {
    private final ScenarioSession session;
    private final UndoHistory<Scenario> history;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObjectProperty<Scenario> saved = new SimpleObjectProperty<>(this, "saved");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final BooleanBinding dirty;
    private final ObservableValue<String> displayName;
    private boolean applying;
    /** The scenario as it was when its description was last written: opened, recovered, or described. */
    private Scenario described;

    /** A document showing the session's scenario, saved in {@code file} (null: not saved anywhere yet). */
    public ScenarioDocument(ScenarioSession session, Path file) {
        this.session = Objects.requireNonNull(session, "session");
        this.history = new UndoHistory<>(session.scenario(), UndoHistory.DEFAULT_DEPTH, this::historyChanged);
        this.file.set(file);
        saved.set(session.scenario());
        described = session.scenario();
        session.scenarioProperty().addListener((obs, old, now) -> {
            if (!applying && now != null) {
                history.record(now);
            }
        });
        session.changingProperty().subscribe((was, changing) -> {
            if (changing) {
                history.beginGesture();
            } else {
                endGesture();
            }
        });
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(session.scenario(), saved.get()),
                session.scenarioProperty(), saved);
        displayName = Bindings.createStringBinding(() -> (dirty.get() ? "*" : "") + session.scenario().name(),
                dirty, session.scenarioProperty());
    }

    public ScenarioSession session() {
        return session;
    }

    /** The scenario with every edit made so far, including one still waiting for the next frame's model run. */
    public Scenario scenario() {
        return session.latest();
    }

    /** The file the scenario is saved in, or null when it has never been saved (a preset, a recovered copy). */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** Whether the scenario differs from what was last opened or saved; undoing back to it makes it clean. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The scenario's name with a leading "*" while it has unsaved changes. */
    public ObservableValue<String> displayName() {
        return displayName;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Applies one edit as one undo step at once (views may also edit through the session). */
    public void edit(UnaryOperator<Scenario> change) {
        session.setScenario(change.apply(session.latest()));
    }

    /**
     * Applies an edit still waiting for the next frame now, so that it is recorded where it belongs: in the gesture
     * that made it, or as the step an undo takes back.
     */
    public void flushPending() {
        Scenario latest = session.latest();
        if (latest != session.scenario()) {
            session.setScenario(latest);
        }
    }

    /** Typing in a field starts: its changes become one undo step. */
    public void beginGesture() {
        history.beginGesture();
    }

    public void endGesture() {
        flushPending();
        history.endGesture();
    }

    /** Whether edits are now being gathered into one step. */
    public boolean inGesture() {
        return history.inGesture();
    }

    /** Ends every open gesture (the window lost focus while a button was held). */
    public void endAllGestures() {
        session.setChanging(false);
        while (history.inGesture()) {
            endGesture();
        }
    }

    public void undo() {
        flushPending();
        apply(history.undo());
    }

    public void redo() {
        flushPending();
        apply(history.redo());
    }

    /**
     * The name and description the scenario has now, and whether the description was written for other settings
     * (e.g. the seed's description after the levers moved).
     */
    public ScenarioText text() {
        Scenario now = scenario();
        return new ScenarioText(now.name(), now.description(), !sameSettings(now, described));
    }

    /** Gives the scenario {@code text}'s name and description as one undoable edit; the description is then current. */
    public void describe(ScenarioText text) {
        edit(s -> s.withName(text.name()).withDescription(text.description()));
        flushPending();
        described = scenario();
    }

    private static boolean sameSettings(Scenario a, Scenario b) {
        return b != null && a.withName("").withDescription("").equals(b.withName("").withDescription(""));
    }

    /** Shows a scenario just opened from {@code source} (null for a preset): clean, with a fresh history. */
    public void open(Scenario scenario, Path source) {
        replace(scenario, source);
        saved.set(scenario);
    }

    /** Shows recovered work that belongs to {@code source} (may be null): it has not been saved, so it is dirty. */
    public void recover(Scenario scenario, Path source) {
        replace(scenario, source);
        saved.set(null);
    }

    /** Records that {@code written} is now what {@code target} holds: the document belongs to that file. */
    public void markSaved(Path target, Scenario written) {
        file.set(target);
        saved.set(written);
    }

    private void replace(Scenario scenario, Path source) {
        described = scenario;
        history.reset(scenario);
        apply(scenario);
        file.set(source);
    }

    private void apply(Scenario scenario) {
        applying = true;
        try {
            session.setScenario(scenario);
        } finally {
            applying = false;
        }
    }

    private void historyChanged() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}
