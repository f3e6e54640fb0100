package org.reeplanner.model;

import java.util.Arrays;

/**
 * China restricts exports of {@code target} to allied buyers from {@code startMonth} of {@code startYear}. How deep
 * each month is comes from {@code profile} (the share withheld, month by month: a licensing profile such as 2025's)
 * or, when the profile is empty, {@code severity} for {@code months} months. The four-field form is the full-embargo
 * stress case of model v1: all oxide, from January, flat.
 */
public record DisruptionEvent(boolean enabled, int startYear, int months, double severity, DisruptionTarget target,
                              int startMonth, double[] profile) {

    public static final int MAX_PROFILE_MONTHS = 36;
    public static final DisruptionEvent NONE = new DisruptionEvent(false, 2027, 6, 0.74);

    public DisruptionEvent {
        target = target == null ? DisruptionTarget.ALL_OXIDE : target;
        profile = profile == null ? new double[0] : profile.clone();
        if (profile.length > 0) {
            months = profile.length;
        }
    }

    /** The full-embargo stress case: all oxide, from January, {@code severity} for {@code months} months. */
    public DisruptionEvent(boolean enabled, int startYear, int months, double severity) {
        this(enabled, startYear, months, severity, DisruptionTarget.ALL_OXIDE, 1, new double[0]);
    }

    /** The share withheld in month {@code m} of the event (0 = its first month), 0 after it. */
    public double depth(int m) {
        if (m < 0 || m >= months) {
            return 0;
        }
        return profile.length > 0 ? profile[m] : severity;
    }

    /** The deepest month's share withheld. */
    public double worstDepth() {
        double worst = 0;
        for (int m = 0; m < months; m++) {
            worst = Math.max(worst, depth(m));
        }
        return worst;
    }

    /** Whether the depth comes month by month from a profile rather than one severity. */
    public boolean hasProfile() {
        return profile.length > 0;
    }

    @Override
    public double[] profile() {
        return profile.clone();
    }

    public DisruptionEvent withEnabled(boolean on) {
        return new DisruptionEvent(on, startYear, months, severity, target, startMonth, profile);
    }

    /** The same restriction with a new start year, length and severity; a profile, if any, is kept. */
    public DisruptionEvent withTiming(int year, int length, double depth) {
        return new DisruptionEvent(enabled, year, length, depth, target, startMonth, profile.length > 0 ? profile
                : null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisruptionEvent e && enabled == e.enabled && startYear == e.startYear
                && months == e.months && Double.compare(severity, e.severity) == 0 && target == e.target
                && startMonth == e.startMonth && Arrays.equals(profile, e.profile);
    }

    @Override
    public int hashCode() {
        return ((((Boolean.hashCode(enabled) * 31 + startYear) * 31 + months) * 31 + Double.hashCode(severity)) * 31
                + target.hashCode()) * 31 * 31 + startMonth * 31 + Arrays.hashCode(profile);
    }

    @Override
    public String toString() {
        return "DisruptionEvent[enabled=" + enabled + ", startYear=" + startYear + ", months=" + months
                + ", severity=" + severity + ", target=" + target.id() + ", startMonth=" + startMonth + ", profile="
                + Arrays.toString(profile) + "]";
    }
}
