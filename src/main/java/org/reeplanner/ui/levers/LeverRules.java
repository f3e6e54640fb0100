package org.reeplanner.ui.levers;

import java.util.List;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Problem;
import org.reeplanner.model.ScenarioRules;

/** The check a lever's change passes before it becomes the scenario's: that lever's rules alone. */
@FunctionalInterface
interface LeverRules {
    LeverRules SCENARIO_RULES = ScenarioRules::checkLever;

    List<Problem> check(String focusAreaId, Lever lever, int endYear);
}
