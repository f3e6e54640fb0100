package org.reeplanner.io.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the chart catalogue (titles, series names, axis titles), looked up by key in
 * {@code org/reeplanner/io/report/charts.properties}: one bundle the window's charts and every export read, so a
 * label changed there changes the screen and the files alike. Keys are written as literals at the call, as for the
 * window's own texts, so that a test can check that every key used exists and every key in the bundle is used.
 */
public final class ChartText {
    static final String BUNDLE = "org.reeplanner.io.report.charts";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private ChartText() {
    }

    /** The text for {@code key}; fails loudly, naming the key, when the bundle lacks it. */
    public static String get(String key) {
        return lookup(TEXTS, BUNDLE, key);
    }

    /** The text for {@code key} in {@code texts} (the bundle named {@code bundle}); fails loudly without it. */
    public static String lookup(ResourceBundle texts, String bundle, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message missing from " + bundle + ": " + key, e);
        }
    }

    /** The text for {@code key} with its numbered places filled as {@link #fill} does. */
    public static String format(String key, Object... args) {
        return fill(get(key), args);
    }

    /**
     * {@code text} with {@code {0}}, {@code {1}}, … replaced by the arguments as written by {@code String.valueOf}
     * (format numbers before passing them); apostrophes need no escaping and a place without an argument stays.
     */
    public static String fill(String text, Object... args) {
        StringBuilder out = new StringBuilder(text.length() + 16 * args.length);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }
}
