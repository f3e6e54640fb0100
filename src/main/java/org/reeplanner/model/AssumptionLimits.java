package org.reeplanner.model;

/**
 * The hard limits of a changed parameter value (an assumption): the physical domain of its unit, wide enough for
 * any "what if" (ten times today's world output, growth of ±50 % a year) and narrow enough that every output stays
 * finite. Values outside the sourced low–high range but inside these limits are allowed; the assumptions editor
 * flags them. Documented in docs/scenario-format.md.
 */
public final class AssumptionLimits {
    private static final double MAX_TONNES = 10_000_000;
    private static final double MAX_GROWTH = 0.5;
    private static final double MAX_LEARNING_RATE = 0.5;
    private static final double MIN_REO_CONTENT = 0.05;
    private static final double MIN_YEARS = 0.5;
    private static final double MAX_YEARS = 30;
    private static final double MAX_USD_PER_KG = 10_000;
    private static final double MAX_DAYS = 1_825;
    private static final double MIN_ELASTICITY = 0.05;
    private static final double MAX_ELASTICITY = 5;
    private static final double MAX_MULTIPLIER = 1_000;

    private AssumptionLimits() {
    }

    /** The smallest value {@code p} may take. */
    public static double min(Param p) {
        return switch (p.unit()) {
            case TONNES_REO_PER_YEAR, TONNES_NDFEB_PER_YEAR, TONNES_REO, USD_PER_KG, DAYS, FACTOR -> 1;
            case PER_YEAR -> -MAX_GROWTH;
            case REO_PER_NDFEB -> MIN_REO_CONTENT;
            case YEARS -> MIN_YEARS;
            case DIMENSIONLESS -> MIN_ELASTICITY;
            default -> 0;
        };
    }

    /** The largest value {@code p} may take. */
    public static double max(Param p) {
        return switch (p.unit()) {
            case TONNES_REO_PER_YEAR, TONNES_NDFEB_PER_YEAR, TONNES_REO -> MAX_TONNES;
            case PER_YEAR -> MAX_GROWTH;
            case PER_DOUBLING -> MAX_LEARNING_RATE;
            case YEARS -> MAX_YEARS;
            case USD_PER_KG -> MAX_USD_PER_KG;
            case DAYS -> MAX_DAYS;
            case DIMENSIONLESS -> MAX_ELASTICITY;
            case FACTOR, USD_PER_USD -> MAX_MULTIPLIER;
            default -> 1;
        };
    }

    /** Whether {@code value} is a finite number within {@code p}'s limits. */
    public static boolean allows(Param p, double value) {
        return Double.isFinite(value) && value >= min(p) && value <= max(p);
    }

    /** The limits in words, e.g. "a number from 0 to 1 (fraction)". */
    public static String describe(Param p) {
        return "a number from " + ScenarioRules.format(min(p)) + " to " + ScenarioRules.format(max(p)) + " ("
                + p.unit().symbol() + ")";
    }
}
