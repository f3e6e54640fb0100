package org.reeplanner.ui.prefs;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reeplanner.io.PreferencesFile;
import org.reeplanner.io.PreferencesStore;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.Theme;

/**
 * The user's preferences while the app runs: the theme, target year and pinned levers (saved as soon as they
 * change, so a crash does not lose them), and the window bounds the window hands in when it closes. Stored by
 * {@link PreferencesStore} in the config folder next to the recent files; writes go through {@code writer} so they
 * never block the FX thread.
 */
public final class AppPreferences {
    private final PreferencesStore store;
    private final Executor writer;
    private final Consumer<String> onError;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private PreferencesFile current;

    public AppPreferences(PreferencesStore store, Executor writer, Consumer<String> onError) {
        this.store = store;
        this.writer = writer;
        this.onError = onError;
        current = store.load();
        theme.set(Theme.fromId(current.theme()));
        theme.subscribe((before, now) -> update(p -> new PreferencesFile(p.formatVersion(), now.id(), p.window(),
                p.targetYear(), p.pinnedLevers())));
    }

    /** The chosen theme; changing it saves the preferences. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Where the window was when it last closed, if known. */
    public Optional<PreferencesFile.WindowFile> window() {
        return Optional.ofNullable(current.window());
    }

    /** The target year the cards last reported, if any. */
    public OptionalInt targetYear() {
        return current.targetYear() == null ? OptionalInt.empty() : OptionalInt.of(current.targetYear());
    }

    /** The ids of the levers pinned for presentations. */
    public List<String> pinnedLevers() {
        return current.pinnedLevers();
    }

    /**
     * Records the target year and the pinned levers as soon as they change, so that they survive a crash (the
     * window's bounds are only known reliably at exit).
     */
    public void keep(int targetYear, List<String> pinned) {
        if (current.targetYear() != null && current.targetYear() == targetYear
                && current.pinnedLevers().equals(pinned)) {
            return;
        }
        update(p -> new PreferencesFile(p.formatVersion(), p.theme(), p.window(), targetYear, pinned));
    }

    /** Records the window's state at closing and writes everything at once, on the calling thread. */
    public void saveOnExit(PreferencesFile.WindowFile window, int targetYear, List<String> pinned) {
        current = new PreferencesFile(PreferencesFile.CURRENT_VERSION, theme.get().id(), window, targetYear, pinned);
        write(current);
    }

    /** The preferences as they would be written now. */
    public PreferencesFile snapshot() {
        return current;
    }

    private void update(UnaryOperator<PreferencesFile> change) {
        current = change.apply(current);
        PreferencesFile toWrite = current;
        writer.execute(() -> write(toWrite));
    }

    private void write(PreferencesFile preferences) {
        try {
            store.save(preferences);
        } catch (IOException | RuntimeException e) {
            onError.accept(Messages.format("prefs.saveFailed", store.file(), e.getMessage()));
        }
    }
}
