package org.reeplanner.ui.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reeplanner.io.RecentFilesStore;

/**
 * The most recently opened or saved scenario files, newest first, at most {@link #MAX}; kept in the config folder
 * so that the list survives restarts. Changes are persisted off the UI thread.
 */
public final class RecentFiles {
    public static final int MAX = 10;

    private final RecentFilesStore store;
    private final Executor io;
    private final Executor uiThread;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /**
     * @param io       a single-threaded executor for file access, which keeps the saves in order
     * @param uiThread runs a task on the UI thread
     */
    public RecentFiles(RecentFilesStore store, Executor io, Executor uiThread) {
        this.store = Objects.requireNonNull(store, "store");
        this.io = Objects.requireNonNull(io, "io");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /** Reads the stored list in the background and shows it when read. */
    public void load() {
        io.execute(() -> {
            List<Path> stored = store.load().stream().limit(MAX).toList();
            uiThread.execute(() -> files.setAll(stored));
        });
    }

    /** The list, newest first; observe it to rebuild a menu. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first (it was just opened or saved). */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        persist();
    }

    /** Drops {@code file} (it could not be opened any more). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            persist();
        }
    }

    public void clear() {
        files.clear();
        persist();
    }

    private void persist() {
        List<Path> copy = List.copyOf(files);
        io.execute(() -> {
            try {
                store.save(copy);
            } catch (IOException e) {
                // The list is a convenience: failing to keep it must not disturb the user's work.
            }
        });
    }
}
