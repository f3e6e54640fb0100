package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.io.report.XmlText;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.DisruptionTarget;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;

/**
 * Reads the Inputs sheet: settings found by their labels in column A, levers from the table under the
 * {@code Focus area ID} header, so inserted rows or moved blocks do not break it; blank rows and rows with a cleared
 * ID inside the lever table are skipped with a warning ({@link TableRows}).
 */
final class InputsReader {
    private static final int MAX_ROWS = 1000;

    /** The scenario (null after errors) and the cell each scenario field came from, for later rule checks. */
    record Result(Scenario scenario, Map<String, String> cellOf) {
    }

    private final SheetGrid sheet;
    private final FocusAreaCatalog catalog;
    private final CellValues cells;
    private final Map<String, String> cellOf = new HashMap<>();

    InputsReader(SheetGrid sheet, FocusAreaCatalog catalog, CellValues cells) {
        this.sheet = sheet;
        this.catalog = catalog;
        this.cells = cells;
    }

    Result read() {
        Map<String, Integer> rows = labelRows();
        for (String label : SCENARIO_LABELS) {
            if (!rows.containsKey(label)) {
                cells.error(INPUTS + "!A:A", "no row labelled '" + label + "'", "the layout of an exported workbook "
                        + "(labels in column A: " + String.join(", ", SCENARIO_LABELS) + ")");
            }
        }
        if (cells.hasErrors()) {
            return new Result(null, cellOf);
        }
        String name = name(rows.get(NAME));
        String description = description(rows.get(DESCRIPTION));
        int endYear = whole("endYear", rows.get(END_YEAR), 1, Scenario.MIN_END_YEAR, Scenario.MAX_END_YEAR);
        DemandCase demand = demand(rows.get(DEMAND));
        Boolean enabled = yesNo(rows.get(EVENT_ENABLED));
        int start = whole("disruption.startYear", rows.get(EVENT_START), 1, Scenario.START_YEAR,
                Scenario.MAX_END_YEAR);
        int months = whole("disruption.months", rows.get(EVENT_MONTHS), 1, 1, ScenarioRules.MAX_EVENT_MONTHS);
        double severity = fraction("disruption.severity", rows.get(EVENT_SEVERITY), 1,
                "a fraction from 0 to 1 (0% to 100%)");
        // Rows added with model v2; a workbook without them holds the full-embargo stress case.
        DisruptionTarget target = target(rows.get(EVENT_TARGET));
        int startMonth = rows.containsKey(EVENT_START_MONTH)
                ? whole("disruption.startMonth", rows.get(EVENT_START_MONTH), 1, 1, 12) : 1;
        double[] profile = profile(rows.get(EVENT_PROFILE));
        String preset = preset(rows.get(PRESET));
        Map<String, Lever> levers = levers(rows.getOrDefault(LEVER_ID, -1));
        if (cells.hasErrors()) {
            return new Result(null, cellOf);
        }
        return new Result(new Scenario(name, description, endYear, demand, levers,
                new DisruptionEvent(enabled, start, months, severity, target, startMonth, profile), Map.of(),
                preset), cellOf);
    }

    /** The recorded preset, or null; a value this release does not ship is a warning (provenance only). */
    private String preset(Integer row) {
        if (row == null) {
            return null;
        }
        String text = CellValues.text(sheet.cell(row, 1)).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!ShippedScenarios.IDS.contains(text)) {
            cells.warning(sheet.ref(row, 1), CellValues.describe(sheet.cell(row, 1)), "the id of a shipped "
                    + "scenario, one of " + String.join(", ", ShippedScenarios.IDS) + " (it is ignored: no preset "
                    + "recorded)");
            return null;
        }
        return text;
    }

    private Map<String, Integer> labelRows() {
        Map<String, Integer> rows = new HashMap<>();
        int last = Math.min(sheet.lastRow(), MAX_ROWS);
        for (int r = 0; r <= last; r++) {
            GridCell c = sheet.cell(r, 0);
            if (c != null && c.isText()) {
                rows.putIfAbsent(c.text().trim(), r);
            }
        }
        return rows;
    }

    private String name(int row) {
        String where = sheet.ref(row, 1);
        cellOf.put("name", where);
        String name = CellValues.text(sheet.cell(row, 1));
        if (name.isBlank()) {
            cells.error(where, "an empty cell", "a scenario name of 1 to 200 characters");
        } else if (name.length() > 200) {
            cells.error(where, name.length() + " characters", "a scenario name of 1 to 200 characters");
        } else if (XmlText.unwritable(name, false) != null) {
            cells.error(where, "the character " + XmlText.unwritable(name, false), "a scenario name without "
                    + "control characters or unpaired surrogates");
        }
        return name;
    }

    private String description(int row) {
        String description = CellValues.text(sheet.cell(row, 1));
        String bad = XmlText.unwritable(description, true);
        if (bad != null) {
            cells.error(sheet.ref(row, 1), "the character " + bad, "a description without control characters "
                    + "(tabs and line breaks are fine) or unpaired surrogates");
        }
        return description;
    }

    private DemandCase demand(int row) {
        String text = CellValues.text(sheet.cell(row, 1));
        try {
            return DemandCase.parse(text);
        } catch (IllegalArgumentException e) {
            cells.error(sheet.ref(row, 1), CellValues.describe(sheet.cell(row, 1)),
                    "Low, Base or High");
            return DemandCase.BASE;
        }
    }

    private DisruptionTarget target(Integer row) {
        if (row == null) {
            return DisruptionTarget.ALL_OXIDE;
        }
        String text = CellValues.text(sheet.cell(row, 1)).strip();
        DisruptionTarget t = DisruptionTarget.fromId(text.isEmpty() ? DisruptionTarget.ALL_OXIDE.id() : text);
        if (t == null) {
            cells.error(sheet.ref(row, 1), CellValues.describe(sheet.cell(row, 1)),
                    "allOxide, heavyAndMagnets, heavy or magnets");
            return DisruptionTarget.ALL_OXIDE;
        }
        return t;
    }

    /** The month-by-month shares withheld, written as plain decimals separated by spaces; empty for none. */
    private double[] profile(Integer row) {
        if (row == null) {
            return new double[0];
        }
        String text = CellValues.text(sheet.cell(row, 1)).strip();
        if (text.isEmpty()) {
            return new double[0];
        }
        String[] parts = text.split("\\s+");
        double[] profile = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            double v = parts[k].matches("\\d+(\\.\\d+)?|\\.\\d+") ? Double.parseDouble(parts[k]) : Double.NaN;
            if (!(v >= 0 && v <= 1) || parts.length > DisruptionEvent.MAX_PROFILE_MONTHS) {
                cells.error(sheet.ref(row, 1), "\"" + text + "\"", "up to " + DisruptionEvent.MAX_PROFILE_MONTHS
                        + " shares from 0 to 1 in plain decimals separated by spaces, e.g. 0.43 0.73 0.30");
                return new double[0];
            }
            profile[k] = v;
        }
        return profile;
    }

    private Boolean yesNo(int row) {
        GridCell c = sheet.cell(row, 1);
        String t = CellValues.text(c).trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "yes", "true", "on" -> true;
            case "no", "false", "off" -> false;
            default -> {
                cells.error(sheet.ref(row, 1), CellValues.describe(c), "Yes or No");
                yield false;
            }
        };
    }

    private Map<String, Lever> levers(int header) {
        Map<String, Lever> levers = new LinkedHashMap<>();
        if (header < 0) {
            cells.error(INPUTS + "!A:A", "no lever table (no header '" + LEVER_ID + "')",
                    "the layout of an exported workbook");
            return levers;
        }
        for (int r : TableRows.entries(sheet, header, MAX_ROWS, id -> catalog.indexOf(id) >= 0, LEVER_MONEY,
                LEVER_US_SHARE, "lever table", "focus area ID", cells)) {
            String id = CellValues.text(sheet.cell(r, 0)).strip();
            String where = sheet.ref(r, 0);
            if (catalog.indexOf(id) < 0) {
                cells.error(where, "an unknown focus area '" + id + "'", "one of " + String.join(", ",
                        catalog.ids()));
                continue;
            }
            if (levers.containsKey(id)) {
                cells.error(where, "a second row for '" + id + "'", "one row per focus area");
                continue;
            }
            String path = "levers." + id;
            double money = number(path + ".investmentUsdBn", r, LEVER_MONEY, 0, Scenario.MAX_LEVER_USD_BN,
                    "a number from 0 to " + CellValues.plain(Scenario.MAX_LEVER_USD_BN) + " USD bn");
            int start = whole(path + ".startYear", r, LEVER_START, Scenario.START_YEAR, Scenario.MAX_END_YEAR);
            int duration = whole(path + ".durationYears", r, LEVER_DURATION, 1, ScenarioRules.MAX_DURATION_YEARS);
            double us = fraction(path + ".usShare", r, LEVER_US_SHARE,
                    "a fraction from 0 to 1 (0% to 100%; the rest is Australia's)");
            levers.put(id, new Lever(money, start, duration, us));
        }
        return levers;
    }

    private int whole(String path, int row, int col, int min, int max) {
        cellOf.put(path, sheet.ref(row, col));
        return cells.whole(sheet, row, col, min, max);
    }

    private double number(String path, int row, int col, double min, double max, String allowed) {
        cellOf.put(path, sheet.ref(row, col));
        return cells.number(sheet, row, col, min, max, allowed);
    }

    private double fraction(String path, int row, int col, String allowed) {
        cellOf.put(path, sheet.ref(row, col));
        return cells.fraction(sheet, row, col, 0, 1, allowed);
    }
}
