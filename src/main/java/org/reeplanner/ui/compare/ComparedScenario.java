package org.reeplanner.ui.compare;

import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

/**
 * One scenario in a comparison: where it came from (a file name, a preset, "Current"), the scenario, its projection
 * and its no-new-investment baseline.
 */
public record ComparedScenario(String label, Scenario scenario, Projection projection, Projection baseline) {
}
