package org.reeplanner.io.report;

import java.util.Locale;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

/**
 * A plain-English paragraph on a scenario's outcome in a target year, for the window, the workbook's Summary and the
 * deck's KPI slide: what is spent and when, where China's separation share goes against the baseline, allied
 * self-sufficiency and processing cost, which lever drives the share most (Shapley values), what changed
 * assumptions do, and the shortfall of a disruption. Every number comes from {@link NarrativeFacts}.
 */
public final class Narrative {
    private static final double VISIBLE_CHANGE = NarrativeFacts.VISIBLE_CHANGE;

    private Narrative() {
    }

    /** The paragraph for {@code scenario} in {@code year}, running the model as needed (a few milliseconds). */
    public static String of(ImpactModel model, Scenario scenario, int year) {
        return text(NarrativeFacts.of(model, scenario, year));
    }

    /** As {@link #of(ImpactModel, Scenario, int)}, also naming the levers changed from the scenario's preset. */
    public static String of(ImpactModel model, Scenario scenario, int year, LeverChanges levers) {
        String text = of(model, scenario, year);
        return levers.compared() && !levers.isEmpty() ? text + " " + leverSentence(levers) : text;
    }

    /** "Against its preset Seed baseline (seed-baseline), 1 lever changed: Processing … USD 0.0 bn → 2.0 bn." */
    static String leverSentence(LeverChanges levers) {
        return "Against its preset " + LeverChangeText.preset(levers) + ", " + LeverChangeText.count(levers)
                + " changed: " + LeverChangeText.changes(levers) + ".";
    }

    /** The paragraph stating {@code f}. */
    public static String text(NarrativeFacts f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.totalUsdBn() > 0 ? "With " + Formats.usdBn(f.totalUsdBn()) + " over " + f.spendFrom() + "\u2013"
                + f.spendTo() + ", " : "With no new investment, ");
        sb.append("China's share of separation ").append(direction(f.share() - f.shareStart())).append(' ')
                .append(Formats.percent(f.shareStart())).append(" in ").append(f.firstYear()).append(" to ")
                .append(Formats.percent(f.share())).append(" by ").append(f.year());
        if (f.totalUsdBn() > 0) {
            sb.append(" (").append(Formats.percent(f.shareBaseline())).append(" with no new investment)");
        }
        sb.append("; allied self-sufficiency reaches ").append(Formats.percent(f.selfSufficiency()));
        if (f.totalUsdBn() > 0) {
            sb.append(" (").append(Formats.percent(f.selfSufficiencyBaseline())).append(" without)");
        }
        sb.append(" and allied processing costs ").append(Formats.usdPerKg(f.processingCost()));
        if (f.totalUsdBn() > 0) {
            sb.append(" (").append(Formats.usdPerKg(f.processingCostBaseline())).append(" without)");
        }
        sb.append('.');
        if (f.driver() != null) {
            String what = f.driverSeries() == Series.SELF_SUFFICIENCY ? " change in allied self-sufficiency."
                    : " change in China's share.";
            if (Formats.pointsChange(f.driverEffect()).equals(Formats.pointsChange(f.driverTotal()))) {
                sb.append(" All of the ").append(Formats.pointsChange(f.driverTotal())).append(what, 0, what.length() - 1)
                        .append(" comes from ").append(f.driver()).append('.');
            } else {
                sb.append(" The largest driver is ").append(f.driver()).append(": ")
                        .append(Formats.pointsChange(f.driverEffect())).append(" of the ")
                        .append(Formats.pointsChange(f.driverTotal())).append(what);
            }
        }
        if (f.changedAssumptions() > 0) {
            sb.append(' ').append(f.changedAssumptions() == 1 ? "One changed assumption moves"
                    : f.changedAssumptions() + " changed assumptions move").append(" that share by ")
                    .append(Formats.pointsChange(f.assumptionsEffect())).append(" against the default values.");
        }
        DisruptionEvent e = f.disruption();
        boolean fullEmbargo = e.target() == DisruptionTarget.ALL_OXIDE && !e.hasProfile() && e.startMonth() == 1;
        if (e.enabled() && fullEmbargo) {
            sb.append(" If China withholds ").append(Formats.percent(e.severity()))
                    .append(" of its supply to allied buyers for ").append(e.months())
                    .append(e.months() == 1 ? " month" : " months").append(" from ").append(e.startYear())
                    .append(", allied buyers go ").append(Formats.tonnes(f.shortfall())).append(" short");
        } else if (e.enabled()) {
            // A restriction like 2025's: say what it hits, when and how deep, as the Stress tab does.
            sb.append(" If China withholds ").append(e.target().label().toLowerCase(Locale.ROOT))
                    .append(" from allied buyers (").append(EventFigures.months(e)).append(", ")
                    .append(EventFigures.depth(e)).append("), allied buyers go ").append(Formats.tonnes(f.shortfall()))
                    .append(" short");
        }
        if (e.enabled()) {
            if (f.totalUsdBn() > 0) {
                sb.append(" (").append(Formats.tonnes(f.shortfallBaseline())).append(" with no new investment)");
            }
            sb.append('.');
        }
        return sb.toString();
    }

    /** "falls from", "rises from" or "stays at … from": the direction of a change of whole percentages. */
    private static String direction(double change) {
        if (Math.abs(change) < VISIBLE_CHANGE) {
            return "stays level, from";
        }
        return change < 0 ? "falls from" : "rises from";
    }
}
