package org.reeplanner.ui.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reeplanner.io.InputException;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.xlsx.ScenarioWorkbookReader;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.TaskRunner;

/**
 * The File commands: New from a preset, Open, Open recent, Save, Save As, and the check for unsaved changes before
 * anything replaces the scenario or closes the window. Files are read and written off the UI thread; a file that
 * cannot be used is reported with every problem in it and the current scenario stays as it was. Open also takes a
 * workbook the planner exported (its Inputs sheet), which becomes a new, unsaved scenario: Save writes JSON.
 */
public final class FileCommands {
    /** Writes a scenario file; the app uses {@code ScenarioWriter::save}. */
    @FunctionalInterface
    public interface Saver {
        void save(Path file, Scenario scenario) throws IOException;
    }

    private final ScenarioDocument document;
    private final ScenarioReader reader;
    private final Saver saver;
    private final RecentFiles recent;
    private final FilePrompts prompts;
    private final TaskRunner tasks;
    private final WorkbookReader workbooks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Reads the scenario of a workbook the planner exported; the app uses {@link WorkbookScenarios}. */
    @FunctionalInterface
    public interface WorkbookReader {
        ScenarioReader.Loaded read(Path file) throws InputException;
    }

    /** Commands that open scenario JSON only. */
    public FileCommands(ScenarioDocument document, ScenarioReader reader, Saver saver, RecentFiles recent,
                        FilePrompts prompts, TaskRunner tasks) {
        this(document, reader, saver, recent, prompts, tasks, null);
    }

    /** Commands that also open exported workbooks through {@code workbooks}. */
    public FileCommands(ScenarioDocument document, ScenarioReader reader, Saver saver, RecentFiles recent,
                        FilePrompts prompts, TaskRunner tasks, WorkbookReader workbooks) {
        this.workbooks = workbooks;
        this.document = Objects.requireNonNull(document, "document");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.saver = Objects.requireNonNull(saver, "saver");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** True while a file is being read or written: the commands wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The outcome of the last command for the status bar, e.g. "Saved plan.json". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows {@code text} where the commands report their outcome (the status bar). */
    public void showMessage(String text) {
        message.set(text);
    }

    /** Starts a new, unsaved scenario from {@code preset}, after asking about unsaved changes. */
    public void newFrom(Presets.Preset preset) {
        whenChangesAreSafe(Messages.get("files.action.new"), () -> {
            document.open(preset.scenario(), null);
            message.set(Messages.format("files.new.done", preset.name()));
        });
    }

    /** Asks for a file and opens it. */
    public void open() {
        whenChangesAreSafe(Messages.get("files.action.open"), () ->
                prompts.chooseFileToOpen(folder()).ifPresent(this::read));
    }

    /** Opens {@code file} from the recent-files list. */
    public void openRecent(Path file) {
        whenChangesAreSafe(Messages.get("files.action.open"), () -> read(file));
    }

    /** Saves to the document's file, or asks for one when it has none. */
    public void save() {
        save(() -> { });
    }

    /** Asks for a file and saves there; the document then belongs to that file. */
    public void saveAs() {
        saveAs(() -> { });
    }

    /**
     * Runs {@code close} once unsaved changes are saved or the user chose to discard them; does nothing when the
     * user cancels or the save fails.
     */
    public void requestClose(Runnable close) {
        whenChangesAreSafe(Messages.get("files.action.close"), close);
    }

    /** Runs {@code then} at once if there is nothing unsaved, otherwise after the user's Save or Don't save. */
    public void whenChangesAreSafe(String action, Runnable then) {
        if (busy.get()) {
            message.set(Messages.get("files.busy"));
            return;
        }
        document.flushPending();
        if (!document.isDirty()) {
            then.run();
            return;
        }
        switch (prompts.askUnsaved(document.scenario().name(), action)) {
            case SAVE -> save(then);
            case DISCARD -> then.run();
            case CANCEL -> { }
            default -> throw new IllegalStateException();
        }
    }

    private void save(Runnable then) {
        Path file = document.file();
        if (file == null) {
            saveAs(then);
        } else {
            write(file, then);
        }
    }

    /** Asks for a new name and description and applies them as one undoable edit. */
    public void rename() {
        prompts.describe(Messages.get("files.rename.title"), document.text()).ifPresent(document::describe);
    }

    private void saveAs(Runnable then) {
        document.flushPending();
        Optional<ScenarioText> text = prompts.describe(Messages.get("files.saveAs.title"), document.text());
        if (text.isEmpty()) {
            return;
        }
        Optional<Path> chosen = prompts.chooseFileToSave(folder(), suggestedName(text.get().name()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withJsonExtension(chosen.get());
        if (!file.equals(chosen.get()) && Files.exists(file) && !prompts.confirmReplace(file)) {
            return;
        }
        if (!text.get().equals(document.text())) {
            document.describe(text.get());
        }
        write(file, then);
    }

    private void write(Path file, Runnable then) {
        document.flushPending();
        Scenario snapshot = document.scenario();
        busy.set(true);
        tasks.run(() -> {
            saver.save(file, snapshot);
            return file;
        }, saved -> {
            busy.set(false);
            document.markSaved(saved, snapshot);
            recent.add(saved);
            message.set(Messages.format("files.saved", saved.getFileName()));
            then.run();
        }, failure -> {
            busy.set(false);
            message.set(Messages.format("files.notSaved", firstLine(failure)));
            prompts.showError(Messages.get("files.saveFailed"),
                    Messages.format("files.saveFailed.detail", firstLine(failure)));
        });
    }

    private void read(Path file) {
        busy.set(true);
        tasks.run(() -> load(file), opened -> {
            busy.set(false);
            ScenarioReader.Loaded loaded = opened.loaded();
            document.open(loaded.scenario(), opened.workbook() ? null : file.toAbsolutePath());
            recent.add(file);
            String note = warnings(loaded.warnings());
            message.set(opened.workbook() ? Messages.format("files.opened.asNew", file.getFileName(), note)
                    : Messages.format("files.opened", file.getFileName(), note));
        }, failure -> {
            busy.set(false);
            if (failure instanceof InputException input) {
                if (!Files.exists(file)) {
                    recent.remove(file);
                }
                message.set(Messages.format("files.notOpened.problems", file.getFileName()));
                prompts.showProblems(Messages.format("files.openFailed", file.getFileName()), input.source(),
                        input.problems());
            } else {
                message.set(Messages.format("files.notOpened", firstLine(failure)));
                prompts.showError(Messages.format("files.openFailed", file.getFileName()), firstLine(failure));
            }
        });
    }

    /** What Open read, and whether it came from a workbook (which the document must not save over). */
    private record Opened(ScenarioReader.Loaded loaded, boolean workbook) {
    }

    private Opened load(Path file) throws InputException {
        if (workbooks == null || !ScenarioWorkbookReader.isWorkbook(file)) {
            return new Opened(reader.read(file), false);
        }
        return new Opened(workbooks.read(file), true);
    }

    private Path folder() {
        Path file = document.file();
        if (file != null && file.getParent() != null) {
            return file.getParent();
        }
        List<Path> files = recent.files();
        return files.isEmpty() ? null : files.get(0).getParent();
    }

    private static String warnings(List<Problem> warnings) {
        if (warnings.isEmpty()) {
            return "";
        }
        Problem first = warnings.get(0);
        return warnings.size() > 1 ? Messages.format("files.note.more", first.message(), warnings.size() - 1)
                : Messages.format("files.note.one", first.message());
    }

    /** A file name from the scenario's name: "Seed baseline, more mining" → "seed-baseline-more-mining.json". */
    static String suggestedName(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "scenario" : slug) + ".json";
    }

    static Path withJsonExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? file : file.resolveSibling(name + ".json");
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
