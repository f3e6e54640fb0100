package org.reeplanner.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user where an export goes. The app shows the platform's file and folder dialogs; tests pass a stub so
 * no native dialog opens.
 */
public interface ExportChooser {
    /** A file to write, offering {@code suggestedName} in {@code folder}; empty when the user cancels. */
    Optional<Path> chooseFile(ExportKind kind, Path folder, String suggestedName);

    /** A folder that gets a new folder {@code suggestedName} for the pictures; empty when the user cancels. */
    Optional<Path> chooseFolder(ExportKind kind, Path folder, String suggestedName);

    /**
     * Whether to replace {@code file}, which exists: asked when the extension was added to the name chosen, so the
     * file dialog could not ask.
     */
    boolean confirmReplace(Path file);
}
