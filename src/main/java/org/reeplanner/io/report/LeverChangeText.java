package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeplanner.model.Lever;
import org.reeplanner.model.LeverChanges;

/**
 * The levers off the preset in the exports' words, one wording for the deck, the workbook and the narrative: which
 * preset the scenario started from, and per changed focus area its money, timing and U.S. share in the preset and
 * in the scenario. A scenario without a recorded preset says so instead of being compared with a guess.
 */
public final class LeverChangeText {
    /** What every export says when the scenario records no preset. */
    public static final String NOT_RECORDED = "no preset recorded, so the levers are not compared with one";

    private LeverChangeText() {
    }

    /** "Seed baseline (seed-baseline)", or the bare id of a preset this release does not ship. */
    public static String preset(LeverChanges c) {
        return c.compared() ? c.presetName() + " (" + c.presetId() + ")" : c.presetId();
    }

    /**
     * One line: "2 levers changed from the preset Seed baseline (seed-baseline): Processing USD 0.0 bn → 2.0 bn;
     * Mining starts 2025 → 2027", "as in the preset …", or why nothing was compared.
     */
    public static String summary(LeverChanges c) {
        if (!c.recorded()) {
            return NOT_RECORDED;
        }
        if (!c.compared()) {
            return "the preset '" + c.presetId() + "' is not shipped with this release, so the levers are not "
                    + "compared with it";
        }
        if (c.isEmpty()) {
            return "every lever as in the preset " + preset(c);
        }
        return count(c) + " changed from the preset " + preset(c) + ": " + changes(c);
    }

    /** Each changed lever and what changed in it: "Processing facilities USD 0.0 bn → 2.0 bn; Mining …". */
    public static String changes(LeverChanges c) {
        List<String> parts = new ArrayList<>();
        for (LeverChanges.Change change : c.changes()) {
            parts.add(change.focusAreaName() + " " + describe(change));
        }
        return String.join("; ", parts);
    }

    /** "1 lever" or "3 levers". */
    public static String count(LeverChanges c) {
        return c.changes().size() + (c.changes().size() == 1 ? " lever" : " levers");
    }

    /** What changed in one lever: "USD 0.0 bn → 2.0 bn, 2025–2029 → 2027–2029, U.S. share 50% → 60%". */
    public static String describe(LeverChanges.Change c) {
        List<String> parts = new ArrayList<>();
        if (c.amountChanged()) {
            parts.add(money(c.preset()) + " → " + money(c.scenario()).replace("USD ", ""));
        }
        if (c.timingChanged()) {
            parts.add(years(c.preset()) + " → " + years(c.scenario()));
        }
        if (c.shareChanged()) {
            parts.add("U.S. share " + share(c.preset()) + " → " + share(c.scenario()));
        }
        return String.join(", ", parts);
    }

    /** "USD 2.0 bn", "USD 3.55 bn": one decimal, two when the amount needs them. */
    public static String money(Lever l) {
        String digits = String.format(Locale.ROOT, "%.2f", l.investmentUsdBn());
        return "USD " + (digits.endsWith("0") ? digits.substring(0, digits.length() - 1) : digits) + " bn";
    }

    /** The years the money is spent: "2025–2029", or "2027" for one year. */
    public static String years(Lever l) {
        return l.durationYears() == 1 ? Integer.toString(l.startYear())
                : l.startYear() + "–" + l.lastSpendYear();
    }

    /** "USD 2.0 bn over 2025–2029, U.S. share 50%": a lever in full, for tables. */
    public static String lever(Lever l) {
        return money(l) + " over " + timing(l);
    }

    /** "2025–2029, U.S. share 50%": when the money is spent and who pays. */
    public static String timing(Lever l) {
        return years(l) + ", U.S. share " + share(l);
    }

    private static String share(Lever l) {
        return Math.round(100 * l.usShare()) + "%";
    }
}
