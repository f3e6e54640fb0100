package org.reeplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The allowed ranges of a scenario's values, checked all at once so every problem is reported together. */
public final class ScenarioRules {
    public static final int MAX_DURATION_YEARS = 20;
    public static final int MAX_EVENT_MONTHS = 36;

    private ScenarioRules() {
    }

    public static List<Problem> check(Scenario s, FocusAreaCatalog catalog) {
        List<Problem> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            problems.add(Problem.error("name", "an empty name", "a non-empty text"));
        } else if (s.name().length() > 200) {
            problems.add(Problem.error("name", s.name().length() + " characters", "at most 200 characters"));
        }
        if (s.endYear() < Scenario.MIN_END_YEAR || s.endYear() > Scenario.MAX_END_YEAR) {
            problems.add(Problem.error("endYear", String.valueOf(s.endYear()),
                    "a whole year from " + Scenario.MIN_END_YEAR + " to " + Scenario.MAX_END_YEAR));
        }
        for (Map.Entry<String, Lever> e : s.levers().entrySet()) {
            String path = "levers." + e.getKey();
            if (catalog.indexOf(e.getKey()) < 0) {
                problems.add(Problem.error(path, "unknown focus area '" + e.getKey() + "'",
                        "one of " + String.join(", ", catalog.ids())));
                continue;
            }
            checkLever(path, e.getValue(), s.endYear(), problems);
        }
        checkEvent(s.disruption(), s.endYear(), problems);
        s.assumptions().forEach((param, value) -> {
            if (!AssumptionLimits.allows(param, value)) {
                problems.add(Problem.error("assumptions." + param.key(), format(value),
                        AssumptionLimits.describe(param)));
            }
        });
        return problems;
    }

    /**
     * The problems of one lever alone, as {@link #check} reports them under {@code levers.<focusAreaId>}: what a
     * view checks when the user changes that lever (the other values are unchanged, so they need no new check).
     */
    public static List<Problem> checkLever(String focusAreaId, Lever lever, int endYear) {
        List<Problem> problems = new ArrayList<>();
        checkLever("levers." + focusAreaId, lever, endYear, problems);
        return problems;
    }

    /** The problems of the disruption event alone, as {@link #check} reports them under {@code disruption}. */
    public static List<Problem> checkEvent(DisruptionEvent event, int endYear) {
        List<Problem> problems = new ArrayList<>();
        checkEvent(event, endYear, problems);
        return problems;
    }

    private static void checkLever(String path, Lever l, int endYear, List<Problem> problems) {
        double money = l.investmentUsdBn();
        if (!Double.isFinite(money) || money < 0 || money > Scenario.MAX_LEVER_USD_BN) {
            problems.add(Problem.error(path + ".investmentUsdBn", format(money),
                    "a number of USD bn from 0 to " + format(Scenario.MAX_LEVER_USD_BN)));
        }
        if (l.startYear() < Scenario.START_YEAR || l.startYear() > endYear) {
            problems.add(Problem.error(path + ".startYear", String.valueOf(l.startYear()),
                    "a year from " + Scenario.START_YEAR + " to the end year " + endYear));
        }
        if (l.durationYears() < 1 || l.durationYears() > MAX_DURATION_YEARS) {
            problems.add(Problem.error(path + ".durationYears", String.valueOf(l.durationYears()),
                    "whole years from 1 to " + MAX_DURATION_YEARS));
        } else if (l.startYear() >= Scenario.START_YEAR && l.lastSpendYear() > endYear) {
            problems.add(Problem.error(path + ".durationYears", l.durationYears() + " (spending until "
                    + l.lastSpendYear() + ")", "a programme that ends by the end year " + endYear));
        }
        if (!Double.isFinite(l.usShare()) || l.usShare() < 0 || l.usShare() > 1) {
            problems.add(Problem.error(path + ".usShare", format(l.usShare()),
                    "a fraction from 0 to 1 (the rest is Australia's)"));
        }
    }

    private static void checkEvent(DisruptionEvent e, int endYear, List<Problem> problems) {
        if (e == null) {
            return;
        }
        if (e.startYear() < Scenario.START_YEAR || e.startYear() > endYear) {
            problems.add(Problem.error("disruption.startYear", String.valueOf(e.startYear()),
                    "a year from " + Scenario.START_YEAR + " to the end year " + endYear));
        }
        if (e.months() < 1 || e.months() > MAX_EVENT_MONTHS) {
            problems.add(Problem.error("disruption.months", String.valueOf(e.months()),
                    "whole months from 1 to " + MAX_EVENT_MONTHS));
        }
        if (!Double.isFinite(e.severity()) || e.severity() < 0 || e.severity() > 1) {
            problems.add(Problem.error("disruption.severity", format(e.severity()),
                    "a fraction from 0 to 1 of China's supply to allied buyers"));
        }
        if (e.startMonth() < 1 || e.startMonth() > 12) {
            problems.add(Problem.error("disruption.startMonth", String.valueOf(e.startMonth()),
                    "a month from 1 (January) to 12"));
        }
        double[] profile = e.profile();
        for (int m = 0; m < profile.length; m++) {
            if (!Double.isFinite(profile[m]) || profile[m] < 0 || profile[m] > 1) {
                problems.add(Problem.error("disruption.profile[" + m + "]", format(profile[m]),
                        "a share withheld from 0 to 1"));
            }
        }
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
