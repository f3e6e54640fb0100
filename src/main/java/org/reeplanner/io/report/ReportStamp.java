package org.reeplanner.io.report;

import java.time.Clock;
import java.time.LocalDate;

/** Who made an export and when: model version, date and scenario name, printed on every chart and sheet. */
public record ReportStamp(String modelVersion, LocalDate date, String scenarioName) {
    public static final String PRODUCT = "Rare Earth Resilience Planner";

    /** A stamp for today with this build's version. */
    public static ReportStamp now(String scenarioName, Clock clock) {
        return new ReportStamp(AppVersion.current(), LocalDate.now(clock), scenarioName);
    }

    /** The source line under every chart. */
    public String sourceLine() {
        return "Source: " + PRODUCT + " model " + versionText() + "; facts: USGS, IEA, company reports";
    }

    /** {@code v0.1.0} for a release, {@code (development build)} otherwise. */
    public String versionText() {
        return modelVersion.matches("\\d.*") ? "v" + modelVersion : "(" + modelVersion + " build)";
    }

    /** Scenario and date, e.g. {@code Seed baseline · 2026-05-01}. */
    public String scenarioLine() {
        return scenarioName + " · " + date;
    }
}
