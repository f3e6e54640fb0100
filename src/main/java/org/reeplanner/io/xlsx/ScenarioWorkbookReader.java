package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reeplanner.io.InputException;
import org.reeplanner.io.InputFiles;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;

/**
 * Reads a workbook the planner exported, possibly edited in Excel or LibreOffice, back into a scenario (Inputs
 * sheet) and parameter overrides (edited Value, Low or High cells of the Assumptions sheet). Every bad cell is
 * reported like a bad JSON field: where ({@code Inputs!C15}), what was found, what is allowed.
 */
public final class ScenarioWorkbookReader {
    /** Exported workbooks are well under a megabyte; a bigger file is not one. Parts may unpack to 50 MiB at most. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ModelData data;

    public ScenarioWorkbookReader(ModelData data) {
        this.data = data;
    }

    /**
     * A scenario read from a workbook, the parameters whose edited values differ from the model's (each with its
     * value, low and high), and the warnings found on the way.
     */
    public record Loaded(Scenario scenario, Map<Param, ParameterSpec> parameterOverrides, List<Problem> warnings) {

        public Loaded {
            parameterOverrides = Map.copyOf(parameterOverrides);
            warnings = List.copyOf(warnings);
        }

        /**
         * The scenario carrying the edited values that differ from {@code shipped} as its changed assumptions, so
         * that exports, the result JSON and a re-export know where they came from.
         */
        public Scenario scenarioWithAssumptions(ParameterSet shipped) {
            Scenario s = scenario;
            for (Map.Entry<Param, ParameterSpec> e : parameterOverrides.entrySet()) {
                double value = e.getValue().base();
                if (value != shipped.spec(e.getKey()).base()) {
                    s = s.withAssumption(e.getKey(), value);
                }
            }
            return s;
        }

        /**
         * {@code data} with the edited low–high ranges (for Monte Carlo and the tornado) but its own sourced values
         * (widening a range to hold one), so that the edited values stay visible as the scenario's changes.
         */
        public ModelData applyRangesTo(ModelData data) {
            if (parameterOverrides.isEmpty()) {
                return data;
            }
            java.util.EnumMap<Param, ParameterSpec> specs = new java.util.EnumMap<>(Param.class);
            for (Param p : Param.values()) {
                ParameterSpec own = data.parameters().spec(p);
                ParameterSpec edited = parameterOverrides.get(p);
                specs.put(p, edited == null ? own : new ParameterSpec(p, own.label(), own.base(),
                        Math.min(edited.low(), own.base()), Math.max(edited.high(), own.base()), own.source(),
                        own.note()));
            }
            return data.withParameters(new ParameterSet(specs));
        }
    }

    /**
     * Whether {@code file} is a workbook rather than JSON: by its extension, or failing that by the ZIP signature. Only
     * a regular file is opened to look (opening a pipe would block); anything else is left to the JSON reader, which
     * refuses it.
     */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return true;
        }
        if (name.endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            return WorkbookPackage.startsLikeZip(in.readNBytes(4));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads a regular file of at most {@link #MAX_BYTES}. */
    public Loaded read(Path file) throws InputException {
        return read(file.toString(), InputFiles.read(file, MAX_BYTES, "an .xlsx workbook exported by the planner"));
    }

    /**
     * Reads a workbook's bytes: unpacked under {@link WorkbookPackage}'s limits, then only the Inputs and Assumptions
     * sheets are parsed; the other sheets (projections, charts) are never read.
     */
    public Loaded read(String source, byte[] bytes) throws InputException {
        WorkbookPackage pkg = WorkbookPackage.unpack(source, bytes);
        Map<String, SheetGrid> sheets = new WorkbookXml(pkg).sheets(Set.of(INPUTS, ASSUMPTIONS));
        SheetGrid inputs = sheets.get(INPUTS);
        if (inputs == null) {
            throw new InputException(source, Problem.error("(workbook)", "no sheet named '" + INPUTS + "'",
                    "a workbook exported by the planner (sheets " + INPUTS + " and " + ASSUMPTIONS + ")"));
        }
        CellValues cells = new CellValues();
        InputsReader.Result in = new InputsReader(inputs, data.focusAreas(), cells).read();
        SheetGrid assumptions = sheets.get(ASSUMPTIONS);
        Map<Param, ParameterSpec> overrides = Map.of();
        if (assumptions == null) {
            cells.warning("(workbook)", "no sheet named '" + ASSUMPTIONS + "'", "the model's own parameters are used");
        } else {
            overrides = new AssumptionsReader(assumptions, data.parameters(), cells).read();
        }
        if (cells.hasErrors() || in.scenario() == null) {
            throw new InputException(source, cells.problems());
        }
        List<Problem> all = new ArrayList<>(cells.problems());
        for (Problem p : ScenarioRules.check(in.scenario(), data.focusAreas())) {
            all.add(new Problem(p.severity(), in.cellOf().getOrDefault(p.path(), INPUTS + " (" + p.path() + ")"),
                    p.found(), p.allowed()));
        }
        if (all.stream().anyMatch(Problem::isError)) {
            throw new InputException(source, all);
        }
        return new Loaded(in.scenario(), overrides, all);
    }
}
