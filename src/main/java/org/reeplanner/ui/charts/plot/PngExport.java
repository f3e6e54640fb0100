package org.reeplanner.ui.charts.plot;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reeplanner.io.png.PngWriter;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.Messages;

/**
 * Saves chart pictures as PNG files in the background, so a slow or failing disk never holds up the window; the
 * outcome comes back on the FX thread as a sentence for the status bar or an error dialog.
 */
public final class PngExport {
    private final BackgroundTasks tasks;
    private final Consumer<String> notices;

    public PngExport(BackgroundTasks tasks, Consumer<String> notices) {
        this.tasks = tasks;
        this.notices = notices;
    }

    /** Writes the pixels to {@code file}; {@code onFailure} gets a message naming the file and the reason. */
    public void save(Path file, int width, int height, int[] argb, Consumer<String> onFailure) {
        tasks.run(() -> {
            PngWriter.write(file, width, height, argb);
            return file;
        }, saved -> notices.accept(Messages.format("chart.png.saved", saved.getFileName(), width,
                height, saved.toAbsolutePath().getParent())), e -> onFailure.accept(message(e)));
    }

    /** Says in the status bar that a {@code width}×{@code height} picture is on the clipboard. */
    public void copied(int width, int height) {
        notices.accept(Messages.format("chart.copied", width, height));
    }

    static String message(Throwable e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
