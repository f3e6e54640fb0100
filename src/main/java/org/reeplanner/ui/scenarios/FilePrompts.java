package org.reeplanner.ui.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reeplanner.model.Problem;

/** The questions and messages of the File commands, answered by dialogs in the window and by stubs in tests. */
public interface FilePrompts {
    /** The answer to "save the changes first?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** Asks what to do with unsaved changes to the scenario called {@code name} before {@code action}. */
    Unsaved askUnsaved(String name, String action);

    /** Asks for a scenario file to open, starting in {@code folder} (may be null). */
    Optional<Path> chooseFileToOpen(Path folder);

    /**
     * Asks for the scenario's name and description before Save As or Rename ({@code title} says which), pre-filled
     * with {@code current}, whose {@code stale} flag says the description no longer matches the settings.
     */
    Optional<ScenarioText> describe(String title, ScenarioText current);

    /** Asks where to save, starting in {@code folder} (may be null) with {@code suggestedName}. */
    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /**
     * Asks whether to replace {@code file}, which exists. Needed when ".json" was added to the name the user typed:
     * the file chooser only asked about the name as typed.
     */
    boolean confirmReplace(Path file);

    /** Lists every problem found in {@code file}; the current scenario stays as it was. */
    void showProblems(String title, String file, List<Problem> problems);

    /** Reports a failure that is not about a file's content (a save that could not be written). */
    void showError(String title, String message);
}
