package org.reeplanner.cli;

import java.nio.file.Path;
import java.util.List;
import org.reeplanner.io.InputException;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.io.xlsx.ScenarioWorkbookReader;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;

/**
 * A scenario read from the file the user named: scenario JSON, or a workbook the planner exported (by extension or
 * ZIP signature), whose edited values become the scenario's changed assumptions (shown as such in every export and
 * the result JSON) and whose edited ranges replace the model's.
 */
record ScenarioInput(Scenario scenario, ModelData data, List<Problem> warnings, int editedParameters,
                     boolean workbook) {

    static ScenarioInput read(Path file, ModelData shipped) throws InputException {
        if (ScenarioWorkbookReader.isWorkbook(file)) {
            ScenarioWorkbookReader.Loaded loaded = new ScenarioWorkbookReader(shipped).read(file);
            return new ScenarioInput(loaded.scenarioWithAssumptions(shipped.parameters()),
                    loaded.applyRangesTo(shipped), loaded.warnings(),
                    loaded.parameterOverrides().size(), true);
        }
        ScenarioReader.Loaded loaded = new ScenarioReader(shipped.focusAreas()).read(file);
        return new ScenarioInput(loaded.scenario(), shipped, loaded.warnings(), 0, false);
    }
}
