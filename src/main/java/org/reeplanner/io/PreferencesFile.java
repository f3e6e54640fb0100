package org.reeplanner.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The user's preferences as stored in {@code preferences.json} in the config folder: theme id, window bounds (null
 * until the window was first closed), the target year the cards report and the levers pinned for presentations.
 */
@JsonPropertyOrder({"formatVersion", "theme", "window", "targetYear", "pinnedLevers"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreferencesFile(int formatVersion, String theme, WindowFile window, Integer targetYear,
                              List<String> pinnedLevers) {

    public static final int CURRENT_VERSION = 1;

    /** Nothing chosen yet: every preference at the application's default. */
    public static final PreferencesFile DEFAULTS = new PreferencesFile(CURRENT_VERSION, null, null, null, List.of());

    public PreferencesFile {
        pinnedLevers = pinnedLevers == null ? List.of() : List.copyOf(pinnedLevers);
    }

    /** Where the main window was and how big, in screen coordinates. */
    @JsonPropertyOrder({"x", "y", "width", "height", "maximized"})
    public record WindowFile(double x, double y, double width, double height, boolean maximized) {
    }
}
