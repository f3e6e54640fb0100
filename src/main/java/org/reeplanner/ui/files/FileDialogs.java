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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reeplanner.model.Problem;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.FilePrompts;
import org.reeplanner.ui.scenarios.Presets;
import org.reeplanner.ui.scenarios.ScenarioText;

/** The window's answers to the File commands' questions: file choosers, the unsaved-changes prompt, error lists. */
public final class FileDialogs implements FilePrompts {
    static final ButtonType SAVE = new ButtonType(Messages.get("files.button.save"), ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType(Messages.get("files.button.dontSave"),
            ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType(Messages.get("files.button.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;

    public FileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved askUnsaved(String name, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("files.unsaved.title"));
        alert.setHeaderText(Messages.format("files.unsaved.header", name, action));
        alert.setContentText(Messages.get("files.unsaved.content"));
        alert.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? Unsaved.SAVE : answer == DONT_SAVE ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser(Messages.get("files.open.title"), folder);
        chooser.getExtensionFilters().add(1, new FileChooser.ExtensionFilter(
                Messages.get("files.filter.workbooks"), "*.xlsx"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(Messages.get("files.saveAs.title"), folder);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showProblems(String title, String file, List<Problem> problems) {
        new ProblemsDialog(owner.get(), title, file, problems.stream().map(ProblemRow::of).toList()).showAndWait();
    }

    @Override
    public boolean confirmReplace(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.format("files.replace.content", file.getFileName(), file.getParent()),
                ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("files.replace.title"));
        alert.setHeaderText(Messages.format("files.replace.header", file.getFileName()));
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
        dialog.setTitle(Messages.get("files.new.title"));
        dialog.setHeaderText(Messages.get("files.new.header"));
        dialog.setContentText(Messages.get("files.new.preset"));
        dialog.getDialogPane().setId("new-dialog");
        return dialog.showAndWait();
    }

    @Override
    public Optional<ScenarioText> describe(String title, ScenarioText current) {
        return new DescribeDialog(owner.get(), title, current).showAndWait();
    }

    /** Asks for a scenario file to add to a comparison; null when cancelled. */
    public Path chooseScenarioFile(Window window) {
        File file = chooser(Messages.get("files.compare.title"), null).showOpenDialog(window);
        return file == null ? null : file.toPath();
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("files.filter.scenarios"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("files.filter.all"), "*.*"));
        Path start = folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }
}
