package org.reeplanner.ui.export;

import java.nio.file.Path;

/** What the notification after an export says ("Saved report.xlsx"), and the folder it offers to open (or null). */
public record ExportNotice(String text, Path folder) {
}
