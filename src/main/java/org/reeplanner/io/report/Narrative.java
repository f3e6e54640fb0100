package org.reeplanner.io.report;

import java.util.Locale;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;

/**
 * A plain-English paragraph on a scenario's outcome in a target year, for the window, the workbook's Summary and the
 * deck's KPI slide: what is spent and when, where China's separation share goes against the baseline, allied
 * self-sufficiency and processing cost, which lever drives the share most (Shapley values), what changed
 * assumptions do, and the shortfall of a disruption. Every number comes from {@link NarrativeFacts}.
 */
public final class Narrative {
    private static final double KILO = 1000;
    private static final char MINUS = '\u2212';
    private static final double VISIBLE_CHANGE = NarrativeFacts.VISIBLE_CHANGE;

    private Narrative() {
    }

    /** The paragraph for {@code scenario} in {@code year}, running the model as needed (a few milliseconds). */
    public static String of(ImpactModel model, Scenario scenario, int year) {
        return text(NarrativeFacts.of(model, scenario, year));
    }

    /** The paragraph stating {@code f}. */
    public static String text(NarrativeFacts f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.totalUsdBn() > 0 ? "With " + usdBn(f.totalUsdBn()) + " over " + f.spendFrom() + "\u2013"
                + f.spendTo() + ", " : "With no new investment, ");
        sb.append("China's share of separation ").append(direction(f.share() - f.shareStart())).append(' ')
                .append(percent(f.shareStart())).append(" in ").append(f.firstYear()).append(" to ")
                .append(percent(f.share())).append(" by ").append(f.year());
        if (f.totalUsdBn() > 0) {
            sb.append(" (").append(percent(f.shareBaseline())).append(" with no new investment)");
        }
        sb.append("; allied self-sufficiency reaches ").append(percent(f.selfSufficiency()));
        if (f.totalUsdBn() > 0) {
            sb.append(" (").append(percent(f.selfSufficiencyBaseline())).append(" without)");
        }
        sb.append(" and allied processing costs ").append(usdPerKg(f.processingCost()));
        if (f.totalUsdBn() > 0) {
            sb.append(" (").append(usdPerKg(f.processingCostBaseline())).append(" without)");
        }
        sb.append('.');
        if (f.driver() != null) {
            String what = f.driverSeries() == Series.SELF_SUFFICIENCY ? " change in allied self-sufficiency."
                    : " change in China's share.";
            if (points(f.driverEffect()).equals(points(f.driverTotal()))) {
                sb.append(" All of the ").append(points(f.driverTotal())).append(what, 0, what.length() - 1)
                        .append(" comes from ").append(f.driver()).append('.');
            } else {
                sb.append(" The largest driver is ").append(f.driver()).append(": ").append(points(f.driverEffect()))
                        .append(" of the ").append(points(f.driverTotal())).append(what);
            }
        }
        if (f.changedAssumptions() > 0) {
            sb.append(' ').append(f.changedAssumptions() == 1 ? "One changed assumption moves"
                    : f.changedAssumptions() + " changed assumptions move").append(" that share by ")
                    .append(points(f.assumptionsEffect())).append(" against the default values.");
        }
        DisruptionEvent e = f.disruption();
        boolean fullEmbargo = e.target() == DisruptionTarget.ALL_OXIDE && !e.hasProfile() && e.startMonth() == 1;
        if (e.enabled() && fullEmbargo) {
            sb.append(" If China withholds ").append(percent(e.severity())).append(" of its supply to allied buyers for ")
                    .append(e.months()).append(e.months() == 1 ? " month" : " months").append(" from ")
                    .append(e.startYear()).append(", allied buyers go ").append(tonnes(f.shortfall())).append(" short");
        } else if (e.enabled()) {
            // A restriction like 2025's: say what it hits, when and how deep, as the Stress tab does.
            sb.append(" If China withholds ").append(e.target().label().toLowerCase(Locale.ROOT))
                    .append(" from allied buyers (").append(EventFigures.months(e)).append(", ")
                    .append(EventFigures.depth(e)).append("), allied buyers go ").append(tonnes(f.shortfall()))
                    .append(" short");
        }
        if (e.enabled()) {
            if (f.totalUsdBn() > 0) {
                sb.append(" (").append(tonnes(f.shortfallBaseline())).append(" with no new investment)");
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

    /** A fraction as a whole percentage: 0.9107 → "91%". */
    static String percent(double fraction) {
        return signless(String.format(Locale.ROOT, "%.0f", 100 * fraction)) + "%";
    }

    /** A change of a fraction in percentage points with a sign: −0.0123 → "−1.2 pp". */
    static String points(double fractionChange) {
        String digits = String.format(Locale.ROOT, "%.1f", Math.abs(100 * fractionChange));
        boolean zero = digits.chars().noneMatch(c -> c >= '1' && c <= '9');
        return (zero ? "" : fractionChange < 0 ? String.valueOf(MINUS) : "+") + digits + " pp";
    }

    static String usdBn(double usdBn) {
        return String.format(Locale.ROOT, "USD %.1f bn", usdBn);
    }

    static String usdPerKg(double usdPerKg) {
        return String.format(Locale.ROOT, "USD %.1f/kg", usdPerKg);
    }

    /** Tonnes as the window's cards and stress figures write them: 6033 → "6.0 kt", 810 → "810 t". */
    static String tonnes(double tonnes) {
        return Math.round(Math.abs(tonnes)) >= KILO ? String.format(Locale.ROOT, "%.1f kt", tonnes / KILO)
                : String.format(Locale.ROOT, "%.0f t", tonnes);
    }

    private static String signless(String number) {
        return number.startsWith("-") && number.chars().noneMatch(c -> c >= '1' && c <= '9') ? number.substring(1)
                : number.replace('-', MINUS);
    }
}
