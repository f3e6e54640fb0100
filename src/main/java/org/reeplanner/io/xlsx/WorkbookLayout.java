package org.reeplanner.io.xlsx;

/**
 * The names and labels an exported workbook is built from and read back by: sheet names, the row labels of the
 * Inputs sheet and the header texts the reader looks for, so writer and reader cannot drift apart.
 */
final class WorkbookLayout {
    static final String SUMMARY = "Summary";
    static final String INPUTS = "Inputs";
    static final String ASSUMPTIONS = "Assumptions";
    static final String PROJECTIONS = "Annual projections";
    static final String COSTS = "Costs";
    static final String UNCERTAINTY = "Uncertainty";
    static final String SENSITIVITY = "Sensitivity";
    static final String ATTRIBUTION = "Attribution";
    static final String README = "ReadMe";
    static final String DATA = "Data";

    /** The custom document property that marks a workbook as a planner export, with its layout version. */
    static final String FORMAT_PROPERTY = "ReePlannerWorkbookFormat";
    static final int FORMAT_VERSION = 1;

    /** The first row of tables: rows 1–2 hold the sheet's title and note, row 3 the table header. */
    static final int HEADER_ROW = 2;

    static final String NAME = "Scenario name";
    static final String DESCRIPTION = "Description";
    static final String END_YEAR = "End year";
    static final String DEMAND = "Demand case";
    static final String EVENT_ENABLED = "Disruption event";
    static final String EVENT_START = "Disruption start year";
    static final String EVENT_MONTHS = "Disruption months";
    static final String EVENT_SEVERITY = "Disruption severity";
    static final String EVENT_TARGET = "Disruption target";
    static final String EVENT_START_MONTH = "Disruption start month";
    static final String EVENT_PROFILE = "Disruption profile";
    /** Optional: the shipped scenario the levers started from (added with lever changes; older workbooks lack it). */
    static final String PRESET = "Started from preset";
    static final String[] SCENARIO_LABELS = {NAME, DESCRIPTION, END_YEAR, DEMAND, EVENT_ENABLED, EVENT_START,
        EVENT_MONTHS, EVENT_SEVERITY};

    static final String LEVER_ID = "Focus area ID";
    static final String[] LEVER_HEADER = {LEVER_ID, "Focus area", "Investment (USD bn)", "Start year",
        "Duration (years)", "U.S. share", "Australia share", "Last spend year"};
    static final int LEVER_MONEY = 2;
    static final int LEVER_START = 3;
    static final int LEVER_DURATION = 4;
    static final int LEVER_US_SHARE = 5;

    static final String PARAM_KEY = "Key";
    static final String[] PARAM_HEADER = {PARAM_KEY, "Parameter", "Value", "Unit", "Low", "High", "Source", "Note"};
    static final int PARAM_VALUE = 2;
    static final int PARAM_LOW = 4;
    static final int PARAM_HIGH = 5;

    static final String YES = "Yes";
    static final String NO = "No";

    private WorkbookLayout() {
    }
}
