package org.reeplanner.model;

/**
 * China withholds {@code severity} of its supply to allied buyers for {@code months} from January of
 * {@code startYear}. Defaults follow the April 2025 controls (magnet exports −74% in the worst month, X5).
 */
public record DisruptionEvent(boolean enabled, int startYear, int months, double severity) {

    public static final DisruptionEvent NONE = new DisruptionEvent(false, 2027, 6, 0.74);

    public DisruptionEvent withEnabled(boolean on) {
        return new DisruptionEvent(on, startYear, months, severity);
    }
}
