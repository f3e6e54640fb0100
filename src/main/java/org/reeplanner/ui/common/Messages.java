package org.reeplanner.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;
import org.reeplanner.io.report.ChartText;

/**
 * Every text the user reads, looked up by key in {@code org/reeplanner/ui/messages.properties} so the planner can be
 * translated. Keys are written as literals at the call ({@code Messages.get("action.about")}), never built from parts,
 * so that {@code MessagesTest} can check that every key used exists and every key in the bundle is used; a key
 * stored for later (in an enum) is written through {@link #key}.
 */
public final class Messages {
    static final String BUNDLE = "org.reeplanner.ui.messages";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** The text for {@code key}; fails loudly, naming the key, when the bundle lacks it. */
    public static String get(String key) {
        return ChartText.lookup(TEXTS, BUNDLE, key);
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}}, … replaced by the arguments as written by
     * {@code String.valueOf} (format numbers before passing them). Apostrophes need no escaping.
     */
    public static String format(String key, Object... args) {
        return ChartText.fill(get(key), args);
    }

    /** Marks {@code key} as a message key kept for a later {@link #get}; returns it unchanged. */
    public static String key(String key) {
        return key;
    }
}
