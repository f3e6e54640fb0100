package org.reeplanner.ui.compare;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.InputException;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.Presets;
import org.reeplanner.ui.scenarios.RunResult;
import org.reeplanner.ui.common.TaskRunner;

/**
 * Where compared scenarios come from: the scenario being edited (live, and as snapshots pinned by name), a preset,
 * or a scenario file read off the UI thread. A file that cannot be used is reported with its problems and nothing
 * is added.
 */
public final class CompareSources {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final CompareViewModel compare;
    private final Supplier<Scenario> current;
    private final Presets presets;
    private final ScenarioReader reader;
    private final TaskRunner tasks;
    private final BiConsumer<String, List<Problem>> onBadFile;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param current   the scenario being edited
     * @param onBadFile shows a file's problems (file name, problems); called on the UI thread
     */
    public CompareSources(CompareViewModel compare, Supplier<Scenario> current, Presets presets,
                          ScenarioReader reader, TaskRunner tasks, BiConsumer<String, List<Problem>> onBadFile) {
        this.compare = Objects.requireNonNull(compare, "compare");
        this.current = Objects.requireNonNull(current, "current");
        this.presets = Objects.requireNonNull(presets, "presets");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onBadFile = Objects.requireNonNull(onBadFile, "onBadFile");
    }

    public CompareViewModel compare() {
        return compare;
    }

    /** The preset names and ids for an "Add preset" menu, in order. */
    public List<Presets.Preset> presets() {
        return presets.all();
    }

    /** What happened to the last request, e.g. "Four scenarios are compared already". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Keeps the live entry of the comparison on the scenario being edited: each new run while {@code shown} is
     * true, and the latest run when it becomes true (a hidden Compare tab does no work while sliders move).
     */
    public void follow(ObservableValue<RunResult> results, ObservableValue<Boolean> shown) {
        Runnable update = () -> {
            RunResult result = results.getValue();
            if (result != null && Boolean.TRUE.equals(shown.getValue())) {
                compare.follow(current.get(), result.scenario(), result.baseline());
            }
        };
        results.subscribe(r -> update.run());
        shown.subscribe(on -> update.run());
    }

    /** The name a snapshot of the scenario being edited gets unless the user gives another. */
    public String snapshotName() {
        return Messages.format("compare.snapshot", current.get().name(), LocalTime.now().format(TIME));
    }

    /** Adds the scenario being edited, as it is now, under {@code name}: it stays as it is while the edits go on. */
    public void pinSnapshot(String name) {
        added(compare.add(name.isBlank() ? snapshotName() : name.strip(), current.get()));
    }

    public void addPreset(String id) {
        Presets.Preset preset = presets.get(id);
        added(compare.add(preset.name(), preset.scenario()));
    }

    /** Reads {@code file} in the background and adds its scenario, labelled with the scenario's name. */
    public void addFile(Path file) {
        if (compare.fullProperty().get()) {
            added(false);
            return;
        }
        tasks.run(() -> reader.read(file), loaded -> added(compare.add(loaded.scenario().name(),
                loaded.scenario())), failure -> {
                    if (failure instanceof InputException e) {
                        message.set(Messages.format("compare.problems", file.getFileName()));
                        onBadFile.accept(e.source(), e.problems());
                    } else {
                        message.set(Messages.format("compare.failed", file.getFileName(), failure.getMessage()));
                    }
                });
    }

    private void added(boolean ok) {
        message.set(ok ? "" : Messages.format("compare.full", CompareViewModel.MAX_SCENARIOS));
    }
}
