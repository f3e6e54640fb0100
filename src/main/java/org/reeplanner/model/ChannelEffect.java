package org.reeplanner.model;

/**
 * How one focus area's money acts on one channel: {@code effect(t) = emax·(1 − e^(−I·moneyShare/kappa))·ramp(t)}.
 * The ramp starts {@code leadYears} after the programme starts (shortened by permitting reform when
 * {@code shortenedByPermitting}) and reaches full effect {@code rampYears} later along a smoothstep; when
 * {@code followsSpend} the ramp instead follows the fraction of the money spent so far. A channel
 * {@code duringProgramme} acts only while the programme runs (a guarantee that ends with it).
 */
public record ChannelEffect(Channel channel, double moneyShare, double emax, double kappaUsdBn, double leadYears,
                            double rampYears, boolean shortenedByPermitting, boolean followsSpend,
                            boolean duringProgramme, String source) {

    /** A channel that acts from its ramp on, whether or not the programme is still running. */
    public ChannelEffect(Channel channel, double moneyShare, double emax, double kappaUsdBn, double leadYears,
                         double rampYears, boolean shortenedByPermitting, boolean followsSpend, String source) {
        this(channel, moneyShare, emax, kappaUsdBn, leadYears, rampYears, shortenedByPermitting, followsSpend, false,
                source);
    }

    public ChannelEffect {
        require(moneyShare > 0 && moneyShare <= 1, "moneyShare must be in (0, 1]");
        require(emax >= 0 && Double.isFinite(emax), "emax must be finite and >= 0");
        require(kappaUsdBn > 0 && Double.isFinite(kappaUsdBn), "kappaUsdBn must be finite and > 0");
        require(leadYears >= 0 && leadYears <= 30, "leadYears must be in [0, 30]");
        require(rampYears > 0 && rampYears <= 30, "rampYears must be in (0, 30]");
    }

    /** The saturating response to an investment of {@code usdBn}, before the ramp. */
    public double saturation(double usdBn) {
        return emax * -Math.expm1(-usdBn * moneyShare / kappaUsdBn);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
