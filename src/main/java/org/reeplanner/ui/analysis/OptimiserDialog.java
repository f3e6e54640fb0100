package org.reeplanner.ui.analysis;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.Segmented;

/**
 * The "Optimise budget…" and "Goal seek…" dialog (one dialog, two modes): the objective or the target, the budget,
 * each lever's bounds, Run with progress and Cancel, the split found, and Apply to scenario. It stays open beside
 * the window (not modal), so the charts show an applied split at once.
 */
public final class OptimiserDialog {
    private static final double CAPTION_WIDTH = 64;
    private static final double WIDTH = 800;
    private static final double YEAR_WIDTH = 96;
    private final OptimiserViewModel vm;
    private Dialog<Void> dialog;

    public OptimiserDialog(OptimiserViewModel vm) {
        this.vm = vm;
    }

    /** Shows the dialog in a mode: {@link OptimiserViewModel#OPTIMISE} or {@link OptimiserViewModel#GOAL_SEEK}. */
    public void show(Window owner, String mode) {
        vm.open(mode);
        if (dialog == null) {
            dialog = build(owner);
        }
        dialog.show();
        dialog.getDialogPane().getScene().getWindow().requestFocus();
    }

    private Dialog<Void> build(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle(Messages.get("optimiser.title"));
        d.setResizable(true);
        d.getDialogPane().setId("optimiser-dialog");
        d.getDialogPane().getStyleClass().add("optimiser-dialog");
        d.getDialogPane().setContent(content());
        d.getDialogPane().setPrefWidth(WIDTH);
        d.getDialogPane().setMinWidth(WIDTH);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return d;
    }

    private VBox content() {
        Segmented mode = new Segmented("optimiser-mode", vm.modeOptions(), vm.modeProperty(), false);
        ComboBox<?> series = SeriesPicker.of("optimiser-series", vm.seriesOptions(), vm.seriesProperty());
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("optimiser-year");
        year.setPrefWidth(YEAR_WIDTH);
        year.setMinWidth(YEAR_WIDTH);
        year.valueProperty().bindBidirectional(vm.yearProperty());
        Segmented direction = new Segmented("optimiser-direction", vm.directionOptions(), vm.directionProperty(),
                false);
        Segmented bound = new Segmented("optimiser-target-direction", vm.targetOptions(), vm.directionProperty(),
                false);
        TextField target = field("optimiser-target", vm.targetProperty(), 6);
        Label unit = new Label();
        unit.getStyleClass().add("form-unit");
        unit.textProperty().bind(vm.seriesProperty().map(id -> vm.targetUnit()));
        TextField budget = field("optimiser-budget", vm.budgetProperty(), 6);
        Label hint = new Label();
        hint.getStyleClass().add("form-note");
        hint.textProperty().bind(vm.budgetProperty().map(b -> Messages.format("optimiser.budget.hint",
                vm.budgetTotal())));
        Button reset = new Button(Messages.get("optimiser.budget.reset"));
        reset.getStyleClass().add("small");
        reset.setOnAction(e -> vm.resetBudget());
        var goalSeek = vm.modeProperty().map(OptimiserViewModel.GOAL_SEEK::equals);
        HBox objective = row(Messages.get("optimiser.result"), series, new Label(Messages.get("optimiser.in")), year,
                direction);
        HBox goal = row(Messages.get("optimiser.target"), bound, target, unit);
        HBox budgetRow = row(Messages.get("optimiser.budget"), budget, hint, reset);
        showWhen(goal, goalSeek);
        showWhen(direction, goalSeek.map(on -> !on));
        showWhen(budgetRow, goalSeek.map(on -> !on));
        VBox form = new VBox(6, objective, goal, budgetRow);
        Button run = new Button(Messages.get("optimiser.run"), Icon.RUN.node());
        run.setId("optimiser-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.errorProperty().map(e -> !e.isEmpty()).orElse(true)
                .flatMap(bad -> vm.runner().runningProperty().map(busy -> bad || busy)));
        run.setOnAction(e -> vm.run());
        StudyStatusView status = new StudyStatusView("optimiser", vm.runner(),
                vm.runner().runningProperty().map(busy -> busy ? Messages.get("optimiser.searching") : ""), vm::cancel);
        Button apply = new Button(Messages.get("optimiser.apply"), Icon.APPLY.node());
        apply.setId("optimiser-apply");
        apply.disableProperty().bind(vm.canApplyProperty().not());
        Forms.tooltip(apply, Messages.get("optimiser.apply.help"));
        apply.setOnAction(e -> vm.apply());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, run, status, spacer, apply);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("optimiser-summary");
        summary.getStyleClass().add("optimiser-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, mode, form, new BoundsTable(vm), Forms.errorLabel("optimiser-error",
                vm.errorProperty()), actions, summary);
        return box;
    }

    private static HBox row(String caption, Node... nodes) {
        Label label = new Label(caption);
        label.getStyleClass().add("form-label");
        label.setMinWidth(CAPTION_WIDTH);
        label.setLabelFor(nodes[0]);
        HBox box = new HBox(8, label);
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField field(String id, StringProperty text, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static void showWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
