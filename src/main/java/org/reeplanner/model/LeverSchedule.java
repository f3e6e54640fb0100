package org.reeplanner.model;

/**
 * Turns a scenario's levers into money per focus area per year and the combined effect on each channel per year.
 * Lead-time cuts are computed first because they shorten the other channels' lead times.
 */
final class LeverSchedule {
    private static final Channel[] CHANNELS = Channel.values();

    final double[][] spend;
    final double[][] effect;
    final double[] usShare;

    private LeverSchedule(double[][] spend, double[][] effect, double[] usShare) {
        this.spend = spend;
        this.effect = effect;
        this.usShare = usShare;
    }

    /**
     * The schedule for a scenario. {@code p} gives the lead-time cap, the lever response factor (on every channel)
     * and the delivery odds of new plants (on the separation and magnet capacity channels).
     */
    static LeverSchedule of(Scenario scenario, FocusAreaCatalog catalog, int n, double[] p) {
        double leadTimeCutMax = p[Param.LEAD_TIME_CUT_MAX.ordinal()];
        double response = Math.max(0, p[Param.LEVER_RESPONSE_FACTOR.ordinal()]);
        double odds = Math.max(0, Math.min(1, p[Param.LEVER_DELIVERY_ODDS.ordinal()]));
        int areas = catalog.size();
        Lever[] levers = new Lever[areas];
        double[][] spend = new double[areas][n];
        double[] usShare = new double[areas];
        double[][] spentFraction = new double[areas][n];
        for (int k = 0; k < areas; k++) {
            Lever lever = scenario.lever(catalog.get(k).id());
            levers[k] = lever;
            usShare[k] = lever.usShare();
            fillSpend(lever, n, spend[k], spentFraction[k]);
        }
        double[][] effect = new double[CHANNELS.length][n];
        double[] leadCut = effect[Channel.LEAD_TIME_CUT.ordinal()];
        addEffects(true, catalog, levers, spentFraction, null, effect);
        scale(leadCut, response);
        cap(leadCut, Math.min(Channel.LEAD_TIME_CUT.cap(), leadTimeCutMax));
        addEffects(false, catalog, levers, spentFraction, leadCut, effect);
        for (Channel c : CHANNELS) {
            if (c == Channel.LEAD_TIME_CUT) {
                continue;
            }
            boolean newPlants = c == Channel.ALLIED_SEPARATION_CAPACITY || c == Channel.ALLIED_MAGNET_CAPACITY
                    || c == Channel.ALLIED_HEAVY_CAPACITY;
            scale(effect[c.ordinal()], newPlants ? response * odds : response);
        }
        for (Channel c : CHANNELS) {
            if (c != Channel.LEAD_TIME_CUT) {
                cap(effect[c.ordinal()], c.cap());
            }
        }
        return new LeverSchedule(spend, effect, usShare);
    }

    double[] effect(Channel c) {
        return effect[c.ordinal()];
    }

    private static void fillSpend(Lever lever, int n, double[] spend, double[] spentFraction) {
        double perYear = lever.investmentUsdBn() / lever.durationYears();
        int first = lever.startYear() - Scenario.START_YEAR;
        for (int i = 0; i < n; i++) {
            int yearsIn = i - first + 1;
            if (yearsIn >= 1 && yearsIn <= lever.durationYears()) {
                spend[i] = perYear;
            }
            spentFraction[i] = Math.max(0, Math.min(1.0, yearsIn / (double) lever.durationYears()));
        }
    }

    /**
     * Adds every funded focus area's effects on the lead-time channel ({@code leadTimeOnly}) or on all the others,
     * each into its own channel's row, area by area in catalogue order.
     */
    private static void addEffects(boolean leadTimeOnly, FocusAreaCatalog catalog, Lever[] levers,
                                   double[][] spentFraction, double[] leadCut, double[][] effect) {
        for (int k = 0; k < levers.length; k++) {
            Lever lever = levers[k];
            if (lever.investmentUsdBn() <= 0) {
                continue;
            }
            for (ChannelEffect ce : catalog.get(k).channels()) {
                if ((ce.channel() == Channel.LEAD_TIME_CUT) == leadTimeOnly) {
                    addEffect(ce, lever, spentFraction[k], leadCut, effect[ce.channel().ordinal()]);
                }
            }
        }
    }

    private static void addEffect(ChannelEffect ce, Lever lever, double[] spentFraction, double[] leadCut,
                                  double[] out) {
        double full = ce.saturation(lever.investmentUsdBn());
        int n = out.length;
        for (int i = 0; i < n; i++) {
            double cut = ce.shortenedByPermitting() && leadCut != null ? leadCut[i] : 0;
            double lead = ce.leadYears() * (1 - cut);
            double ramp;
            int yearsIn = Scenario.START_YEAR + i - lever.startYear();
            if (ce.duringProgramme() && (yearsIn < 1 || yearsIn > lever.durationYears())) {
                ramp = 0;
            } else if (ce.followsSpend()) {
                int from = (int) Math.floor(i - lead);
                ramp = from < 0 ? 0 : spentFraction[Math.min(from, n - 1)];
            } else {
                double elapsed = Scenario.START_YEAR + i - lever.startYear() - lead;
                ramp = Ramp.smoothstep(elapsed / ce.rampYears());
            }
            out[i] += full * ramp;
        }
    }

    private static void scale(double[] values, double factor) {
        if (factor == 1) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
    }

    private static void cap(double[] values, double cap) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] > cap) {
                values[i] = cap;
            }
        }
    }
}
