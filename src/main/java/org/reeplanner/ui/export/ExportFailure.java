package org.reeplanner.ui.export;

import java.nio.file.Path;

/** Why an export failed, for the error dialog: the target, a headline naming it, and the reason in plain words. */
public record ExportFailure(Path target, String headline, String reason) {
}
