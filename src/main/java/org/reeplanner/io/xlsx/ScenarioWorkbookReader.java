package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reeplanner.io.InputException;
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
    /** Exported workbooks are well under a megabyte; a bigger file is not one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

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

        /** {@code data} with the edited parameters in place of its own. */
        public ModelData applyTo(ModelData data) {
            if (parameterOverrides.isEmpty()) {
                return data;
            }
            java.util.EnumMap<Param, ParameterSpec> specs = new java.util.EnumMap<>(Param.class);
            for (Param p : Param.values()) {
                specs.put(p, parameterOverrides.getOrDefault(p, data.parameters().spec(p)));
            }
            return data.withParameters(new ParameterSet(specs));
        }
    }

    /** Whether {@code file} is a workbook rather than JSON: by its extension, or failing that by the ZIP signature. */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Loaded read(Path file) throws InputException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(source, Problem.error("(file)", "a folder", "a .xlsx file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(source, Problem.error("(file)", size + " bytes", "at most " + MAX_BYTES
                        + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(source, Problem.error("(file)", "no such file", "an existing, readable file"));
        } catch (IOException e) {
            throw new InputException(source, Problem.error("(file)", "unreadable (" + e.getClass().getSimpleName()
                    + ")", "an existing, readable file"));
        }
        return read(source, bytes);
    }

    public Loaded read(String source, byte[] bytes) throws InputException {
        if (bytes.length < 4 || !java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 4), ZIP_MAGIC)) {
            throw new InputException(source, Problem.error("(file)", bytes.length == 0 ? "an empty file"
                    : "not a ZIP/Office Open XML file", "an .xlsx workbook exported by the planner"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(source, wb);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw new InputException(source, Problem.error("(file)", "a file Excel's format reader refused ("
                    + (why.length() > 120 ? why.substring(0, 120) + "…" : why) + ")", "a readable .xlsx workbook"));
        }
    }

    private Loaded read(String source, XSSFWorkbook wb) throws InputException {
        Sheet inputs = wb.getSheet(INPUTS);
        if (inputs == null) {
            throw new InputException(source, Problem.error("(workbook)", "no sheet named '" + INPUTS + "'",
                    "a workbook exported by the planner (sheets " + INPUTS + " and " + ASSUMPTIONS + ")"));
        }
        CellValues cells = new CellValues();
        InputsReader.Result in = new InputsReader(inputs, data.focusAreas(), cells).read();
        Sheet assumptions = wb.getSheet(ASSUMPTIONS);
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
