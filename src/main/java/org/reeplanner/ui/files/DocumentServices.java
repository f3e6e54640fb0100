package org.reeplanner.ui.files;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.reeplanner.io.RecentFilesStore;
import org.reeplanner.io.RecoveryFiles;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.ScenarioWriter;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.TaskRunner;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.compare.CompareSources;
import org.reeplanner.ui.compare.CompareView;
import org.reeplanner.ui.compare.CompareViewModel;
import org.reeplanner.ui.menu.AppAction;
import org.reeplanner.ui.menu.MenuKind;
import org.reeplanner.ui.scenarios.Autosave;
import org.reeplanner.ui.scenarios.FileCommands;
import org.reeplanner.ui.scenarios.Presets;
import org.reeplanner.ui.scenarios.RecentFiles;
import org.reeplanner.ui.scenarios.RecoveryOffer;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.reeplanner.ui.scenarios.ScenarioSession;
import org.reeplanner.ui.scenarios.WorkbookScenarios;

/**
 * Everything about the scenario as a document, wired for the window: the File and Edit commands with their menu
 * actions, recent files, autosave and crash recovery, the close prompt, and the Compare view. File access runs on
 * the background tasks' file thread (autosave, recent files) or their worker (open, save).
 */
public final class DocumentServices implements AutoCloseable {
    private final ScenarioDocument document;
    private final Presets presets;
    private final RecentFiles recent;
    private final FileCommands commands;
    private final FileDialogs dialogs;
    private final RecoveryOffer recovery;
    private final Autosave autosave;
    private final CompareSources compare;
    private final TaskRunner tasks;
    private final ScheduledExecutorService fileThread;
    private Stage stage;

    public DocumentServices(ScenarioSession session, ScenarioReader reader, BackgroundTasks tasks,
                            Path configFolder) {
        this.tasks = tasks;
        this.fileThread = tasks.files();
        document = new ScenarioDocument(session, null);
        presets = new Presets(reader);
        dialogs = new FileDialogs(() -> stage);
        recent = new RecentFiles(new RecentFilesStore(configFolder), fileThread, Platform::runLater);
        commands = new FileCommands(document, reader, ScenarioWriter::save, recent, dialogs, tasks,
                new WorkbookScenarios(session.model().data()));
        RecoveryFiles recoveryFiles = new RecoveryFiles(configFolder, reader);
        recovery = new RecoveryOffer(recoveryFiles);
        autosave = new Autosave(recoveryFiles, () -> new Autosave.Snapshot(document.scenario(), document.file(),
                document.isDirty()), Platform::runLater, fileThread, Clock.systemUTC(),
                message -> Platform.runLater(() -> notice(message)));
        compare = new CompareSources(new CompareViewModel(session.model()), document::scenario, presets, reader,
                tasks, (file, problems) -> dialogs.showProblems(Messages.get("files.compare.problems"), file,
                        problems));
    }

    public ScenarioDocument document() {
        return document;
    }

    public FileCommands commands() {
        return commands;
    }

    /** "Rare Earth Resilience Planner — *Seed baseline — plan.json": the name, a "*" when unsaved, the file. */
    public ObservableValue<String> windowTitle(String appName) {
        return Bindings.createStringBinding(() -> appName + " \u2014 " + document.displayName().getValue()
                        + (document.file() == null ? "" : " \u2014 " + document.file().getFileName()),
                document.displayName(), document.fileProperty());
    }

    /**
     * The Compare tab's content, its live entry following the scenario while {@code shown} and its KPI year the
     * window's {@code cursor}.
     */
    public Node compareView(YearCursor cursor, ObservableValue<Boolean> shown) {
        compare.follow(document.session().resultProperty(), shown);
        return new CompareView(compare, dialogs::chooseScenarioFile, cursor);
    }

    /** The File menu's commands (New, Open, Open recent, Save, Save As), in order, then {@code quit}. */
    public List<AppAction> fileActions() {
        return List.of(
                new AppAction(MenuKind.FILE, "action-new", "New\u2026", Icon.NEW, "Shortcut+N",
                        () -> dialogs.choosePreset(presets.all()).ifPresent(commands::newFrom)),
                new AppAction(MenuKind.FILE, "action-open", "Open\u2026", Icon.OPEN, "Shortcut+O", commands::open),
                AppAction.submenu(MenuKind.FILE, new RecentFilesMenu(recent, commands::openRecent)),
                new AppAction(MenuKind.FILE, "action-save", "Save", Icon.SAVE, "Shortcut+S", commands::save),
                new AppAction(MenuKind.FILE, "action-save-as", "Save As\u2026", Icon.SAVE_AS, "Shortcut+Shift+S",
                        commands::saveAs));
    }

    /** File → Quit: asks about unsaved changes first. */
    public AppAction quitAction() {
        return new AppAction(MenuKind.FILE, "action-quit", "Quit", Icon.QUIT, "Shortcut+Q",
                () -> commands.requestClose(stage::close));
    }

    /** Edit → Undo, Redo (enabled when there is something to undo or redo) and Rename. */
    public List<AppAction> editActions() {
        return List.of(
                new AppAction(MenuKind.EDIT, "action-undo", "Undo", Icon.UNDO, "Shortcut+Z", document::undo,
                        document.canUndoProperty()),
                new AppAction(MenuKind.EDIT, "action-redo", "Redo", Icon.REDO, "Shortcut+Y", document::redo,
                        document.canRedoProperty()),
                new AppAction(MenuKind.EDIT, "action-rename", Messages.get("action.rename"), Icon.RENAME, "F2",
                        commands::rename));
    }

    /**
     * Takes charge of {@code shown}: the close prompt, one undo step per typed entry, autosave every 30 s and when
     * the window loses focus, the recent-files list, and the offer of work a crash left behind.
     */
    public void attach(Stage shown) {
        this.stage = shown;
        shown.setOnCloseRequest(e -> {
            e.consume();
            commands.requestClose(shown::close);
        });
        EditGestures.install(shown.getScene(), document);
        shown.focusedProperty().subscribe(focused -> {
            if (!focused) {
                autosave.saveNow();
            }
        });
        autosave.start(Autosave.INTERVAL);
        recent.load();
        offerRecovery();
    }

    private void offerRecovery() {
        tasks.run(recovery::find, found -> found.ifPresent(f -> {
            switch (RecoveryDialog.ask(stage, f.describe(ZoneId.systemDefault()))) {
                case RESTORE -> {
                    recovery.restore(f, document);
                    autosave.saveNow();
                    fileThread.execute(() -> discard(f));
                }
                case DISCARD -> fileThread.execute(() -> discard(f));
                case LATER -> { }
                default -> throw new IllegalStateException();
            }
        }), failure -> notice(Messages.format("files.recovery.lookFailed", failure.getMessage())));
    }

    private void discard(RecoveryOffer.Found found) {
        try {
            recovery.discard(found);
        } catch (java.io.IOException e) {
            Platform.runLater(() -> notice(Messages.format("files.recovery.removeFailed", found.file(),
                    e.getMessage())));
        }
    }

    private void notice(String message) {
        commands.showMessage(message);
    }

    /**
     * A clean exit: removes the recovery copy (on the file thread, which the background tasks' own close then lets
     * finish).
     */
    @Override
    public void close() {
        autosave.stopAndClear();
    }
}
