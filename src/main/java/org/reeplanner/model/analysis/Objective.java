package org.reeplanner.model.analysis;

/** What to optimise: one series in one year, minimised or maximised, e.g. {@code share.china.separation@2032}. */
public record Objective(String seriesId, int year, boolean maximize) {

    /** Parses {@code SERIES@YEAR}; throws with a message saying what was expected. */
    public static Objective parse(String text, boolean maximize) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("expected SERIES@YEAR such as share.china.separation@2032, got '"
                    + text + "'");
        }
        int year;
        try {
            year = Integer.parseInt(text.substring(at + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the year after '@' must be a whole number, got '"
                    + text.substring(at + 1) + "'");
        }
        return new Objective(text.substring(0, at).trim(), year, maximize);
    }

    /** The value to minimise: the series itself, or its negative when maximising. */
    double score(double value) {
        return maximize ? -value : value;
    }

    @Override
    public String toString() {
        return (maximize ? "maximise " : "minimise ") + seriesId + "@" + year;
    }
}
