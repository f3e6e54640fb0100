package org.reeplanner.ui.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.CancellableProgress;
import org.reeplanner.ui.common.Messages;

/**
 * The Export menu's state and commands: suggested names, the folder last used, one export at a time in the
 * background with progress and cancel, then a notice ("Saved report.xlsx", with its folder) or a failure for the
 * error dialog. Exports use the current scenario, the cursor's target year and, when set, the Monte Carlo bands.
 */
public final class ExportViewModel {
    private static final System.Logger LOG = System.getLogger(ExportViewModel.class.getName());
    /** The progress bar's value while the report is still being computed: an indeterminate bar. */
    static final double INDETERMINATE = -1;

    private final ExportService service;
    private final Supplier<Scenario> scenario;
    private final IntSupplier targetYear;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObjectProperty<Bands> uncertainty = new SimpleObjectProperty<>(this, "uncertainty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyObjectWrapper<ExportNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<ExportFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private Consumer<URI> folderOpener = uri -> { };
    private Path lastFolder;
    private CancellableProgress running;
    private long generation;

    /**
     * @param scenario    the scenario to export, asked when an export starts
     * @param targetYear  the year the KPIs and headlines report, asked when an export starts
     * @param startFolder where the first file chooser opens
     */
    public ExportViewModel(ExportService service, Supplier<Scenario> scenario, IntSupplier targetYear,
                           BackgroundTasks tasks, Clock clock, Path startFolder) {
        this.service = Objects.requireNonNull(service, "service");
        this.scenario = scenario;
        this.targetYear = targetYear;
        this.tasks = tasks;
        this.clock = clock;
        this.lastFolder = startFolder;
    }

    /** The name the chooser offers: the scenario's name and today's date ({@code seed-baseline-2026-11-29.xlsx}). */
    public String suggestedName(ExportKind kind) {
        return ExportNames.suggested(kind, scenario.get().name(), LocalDate.now(clock));
    }

    /** Where the next chooser opens: the folder of the last export in this session. */
    public Path lastFolder() {
        return lastFolder;
    }

    /**
     * Starts an export to {@code chosen} (the extension added when missing); for the charts, {@code chosen} is the
     * folder picked, and the pictures go into a new folder of the suggested name inside it. Returns false, doing
     * nothing, while another export runs.
     */
    public boolean export(ExportKind kind, Path chosen) {
        if (busy.get()) {
            return false;
        }
        Path target = kind.isFolder() ? chosen.resolve(suggestedName(kind)) : ExportNames.withExtension(chosen, kind);
        lastFolder = kind.isFolder() ? chosen : target.toAbsolutePath().getParent();
        Scenario input = scenario.get();
        int year = targetYear.getAsInt();
        Bands bands = uncertainty.get();
        long id = ++generation;
        CancellableProgress task = new CancellableProgress(tasks::later, fraction -> {
            if (id == generation && busy.get()) {
                progress.set(fraction);
            }
        });
        running = task;
        notice.set(null);
        failure.set(null);
        progress.set(INDETERMINATE);
        activity.set(Messages.format("export.activity", target.getFileName()));
        busy.set(true);
        tasks.run(() -> write(kind, target, service.content(input, year, bands), task),
                files -> finished(task, () -> notice.set(saved(kind, target, files))),
                e -> finished(task, () -> failed(kind, target, e)));
        return true;
    }

    /** Asks the running export to stop; it then writes nothing and leaves any earlier file as it was. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            activity.set(Messages.get("export.cancelling"));
        }
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Opens the notice's folder in the desktop's file manager. */
    public void openNoticeFolder() {
        ExportNotice shown = notice.get();
        if (shown != null && shown.folder() != null) {
            folderOpener.accept(shown.folder().toUri());
        }
    }

    /** How "Open folder" reaches the desktop; the app passes its {@code HostServices}. */
    public void setFolderOpener(Consumer<URI> opener) {
        folderOpener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * Monte Carlo bands of the current scenario when the window has them, null otherwise; with them the workbook
     * gets its Uncertainty sheet and the charts their fans. The main window binds it to the uncertainty band's study
     * while that is up to date.
     */
    public ObjectProperty<Bands> uncertaintyProperty() {
        return uncertainty;
    }

    /** True while an export runs; the menu and the status bar follow it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running export's progress from 0 to 1, or {@value #INDETERMINATE} while it has not reported yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Exporting seed-baseline-2026-11-29.xlsx…" while busy. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The outcome to show in a notification, or null; cleared when the next export starts. */
    public ReadOnlyObjectProperty<ExportNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The last export's failure for an error dialog, or null; cleared when the next export starts. */
    public ReadOnlyObjectProperty<ExportFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private List<Path> write(ExportKind kind, Path target, ReportContent content, Progress task) throws Exception {
        switch (kind) {
            case WORKBOOK -> service.exportWorkbook(target, content, task);
            case DECK -> service.exportDeck(target, content, task);
            case CSV -> service.exportCsv(target, content, task);
            case CHARTS -> {
                return service.exportCharts(target, content, task);
            }
        }
        return List.of(target);
    }

    private void finished(CancellableProgress task, Runnable outcome) {
        if (task != running) {
            return;
        }
        running = null;
        busy.set(false);
        activity.set("");
        progress.set(0);
        outcome.run();
    }

    private static ExportNotice saved(ExportKind kind, Path target, List<Path> files) {
        Path absolute = target.toAbsolutePath();
        if (kind.isFolder()) {
            return new ExportNotice(Messages.format("export.saved.charts", files.size(), target.getFileName()),
                    absolute);
        }
        return new ExportNotice(Messages.format("export.saved", target.getFileName()), absolute.getParent());
    }

    private void failed(ExportKind kind, Path target, Throwable e) {
        if (e instanceof CancellationException) {
            notice.set(new ExportNotice(Messages.format("export.cancelled", target.getFileName()), null));
            return;
        }
        String reason = e instanceof IOException && e.getMessage() != null ? e.getMessage()
                : unexpected(e);
        String detail = kind.isFolder() ? reason : Messages.format("export.failed.kept", reason);
        failure.set(new ExportFailure(target, Messages.format("export.failed.header", target.getFileName()), detail));
    }

    private static String unexpected(Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "export failed", e);
        String message = e.getMessage();
        return Messages.format("export.failed.unexpected", e.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message));
    }
}
