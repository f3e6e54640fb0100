package org.reeplanner.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reeplanner.model.Problem;
import org.reeplanner.ui.scenarios.FilePrompts;
import org.reeplanner.ui.scenarios.Presets;

/** The window's answers to the File commands' questions: file choosers, the unsaved-changes prompt, error lists. */
public final class FileDialogs implements FilePrompts {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** The longest name a scenario file may hold (ScenarioRules). */
    private static final int MAX_NAME = 200;

    private final Supplier<Window> owner;

    public FileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved askUnsaved(String name, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \u201c" + name + "\u201d before you " + action + "?");
        alert.setContentText("If you don't save, your changes will be lost.");
        alert.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? Unsaved.SAVE : answer == DONT_SAVE ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("Open scenario", folder);
        chooser.getExtensionFilters().add(1, new FileChooser.ExtensionFilter(
                "Workbooks exported by the planner (*.xlsx)", "*.xlsx"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save scenario as", folder);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showProblems(String title, String file, List<Problem> problems) {
        new ProblemsDialog(owner.get(), title, file, problems).showAndWait();
    }

    @Override
    public boolean confirmReplace(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                file.getFileName() + " already exists in " + file.getParent() + ". Replace it?",
                ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setTitle("Replace file?");
        alert.setHeaderText("Replace " + file.getFileName() + "?");
        alert.getDialogPane().setId("replace-dialog");
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setPrefWidth(560);
        alert.showAndWait();
    }

    /** Asks which preset a new scenario starts from. */
    public Optional<Presets.Preset> choosePreset(List<Presets.Preset> presets) {
        ChoiceDialog<Presets.Preset> dialog = new ChoiceDialog<>(presets.get(0), presets);
        dialog.initOwner(owner.get());
        dialog.setTitle("New scenario");
        dialog.setHeaderText("Start a new scenario from a preset");
        dialog.setContentText("Preset:");
        dialog.getDialogPane().setId("new-dialog");
        return dialog.showAndWait();
    }

    /** Asks for a new name for the scenario. */
    public Optional<String> askName(String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner.get());
        dialog.setTitle("Rename scenario");
        dialog.setHeaderText("The name shown in the title, the charts and the exports");
        dialog.setContentText("Name:");
        dialog.getDialogPane().setId("rename-dialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(dialog.getEditor().textProperty()
                .map(t -> t.isBlank() || t.length() > MAX_NAME));
        return dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    /** Asks for a scenario file to add to a comparison; null when cancelled. */
    public Path chooseScenarioFile(Window window) {
        File file = chooser("Add a scenario file to the comparison", null).showOpenDialog(window);
        return file == null ? null : file.toPath();
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path start = folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }
}
