package org.reeplanner.model;

/**
 * One thing wrong with an input: where (a path such as {@code levers.mining.investmentUsdBn}), what was found, and
 * what is allowed. Warnings do not stop a run; errors do.
 */
public record Problem(Severity severity, String path, String found, String allowed) {

    /** Whether a problem stops the input from being used. */
    public enum Severity { ERROR, WARNING }

    public static Problem error(String path, String found, String allowed) {
        return new Problem(Severity.ERROR, path, found, allowed);
    }

    public static Problem warning(String path, String found, String allowed) {
        return new Problem(Severity.WARNING, path, found, allowed);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A one-line message for people, e.g. {@code levers.mining.investmentUsdBn: found -1, allowed 0 to 100}. */
    public String message() {
        return path + ": found " + found + "; allowed " + allowed;
    }
}
