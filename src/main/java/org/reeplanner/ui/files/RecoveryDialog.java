package org.reeplanner.ui.files;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.reeplanner.ui.common.Messages;

/** Offers, at start, the unsaved work a crash left behind: restore it, or discard it for good. */
public final class RecoveryDialog extends Alert {
    public static final ButtonType RESTORE = new ButtonType(Messages.get("files.recovery.restore"),
            ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType(Messages.get("files.recovery.discard"),
            ButtonBar.ButtonData.NO);

    /** @param description what was found, e.g. "“Plan” (plan.json), last kept 1 May 2026, 08:00" */
    public RecoveryDialog(Window owner, String description) {
        super(AlertType.CONFIRMATION, "", RESTORE, DISCARD);
        initOwner(owner);
        setTitle(Messages.get("files.recovery.title"));
        setHeaderText(Messages.get("files.recovery.header"));
        setContentText(Messages.format("files.recovery.content", description));
        getDialogPane().setId("recovery-dialog");
        getDialogPane().setPrefWidth(560);
    }

    /** Shows the offer and waits; closing the dialog without a choice keeps the copy for the next start. */
    public static Choice ask(Window owner, String description) {
        ButtonType answer = new RecoveryDialog(owner, description).showAndWait().orElse(null);
        return answer == RESTORE ? Choice.RESTORE : answer == DISCARD ? Choice.DISCARD : Choice.LATER;
    }

    /** What the user decided. */
    public enum Choice { RESTORE, DISCARD, LATER }
}
