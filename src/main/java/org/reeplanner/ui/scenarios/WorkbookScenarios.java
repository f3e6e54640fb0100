package org.reeplanner.ui.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeplanner.io.InputException;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.xlsx.ScenarioWorkbookReader;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.common.Messages;

/**
 * Opens a workbook the planner exported as a scenario for the window: the Inputs sheet's levers and events, and the
 * Assumptions sheet's edited values as the scenario's changed assumptions. Edited low/high ranges have no place in a
 * scenario; they are mentioned in a warning (the command line's Monte Carlo uses them).
 */
public final class WorkbookScenarios implements FileCommands.WorkbookReader {
    private final ScenarioWorkbookReader reader;
    private final ParameterSet shipped;

    public WorkbookScenarios(ModelData data) {
        reader = new ScenarioWorkbookReader(data);
        shipped = data.parameters();
    }

    @Override
    public ScenarioReader.Loaded read(Path file) throws InputException {
        ScenarioWorkbookReader.Loaded book = reader.read(file);
        Scenario scenario = book.scenarioWithAssumptions(shipped);
        List<String> rangesOnly = new ArrayList<>();
        for (Map.Entry<Param, ParameterSpec> e : book.parameterOverrides().entrySet()) {
            if (!scenario.assumptions().containsKey(e.getKey())) {
                rangesOnly.add(e.getKey().key());
            }
        }
        List<Problem> warnings = new ArrayList<>(book.warnings());
        if (!rangesOnly.isEmpty()) {
            warnings.add(Problem.warning("Assumptions", Messages.format("workbook.assumptions.found",
                    String.join(", ", rangesOnly)),
                    Messages.get("workbook.assumptions.allowed")));
        }
        return new ScenarioReader.Loaded(scenario, warnings);
    }
}
