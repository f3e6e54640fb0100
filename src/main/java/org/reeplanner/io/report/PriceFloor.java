package org.reeplanner.io.report;

import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

/**
 * The offtake focus area's price floor as a scenario has it: the floor price (the parameter
 * {@code offtake.floorUsdPerKg}, or the scenario's changed value) and whether the scenario puts money into the
 * floor. Charts draw it either way: it shows how far the market price sits from where the floor would pay out.
 */
public record PriceFloor(double usdPerKg, boolean funded) {

    /** The floor of {@code run}'s scenario; {@code parameters} are the model's, with or without its changes. */
    public static PriceFloor of(Projection run, ParameterSet parameters) {
        Scenario s = run.scenario();
        double floor = s.assumptions().getOrDefault(Param.OFFTAKE_FLOOR, parameters.base(Param.OFFTAKE_FLOOR));
        FocusAreaCatalog areas = run.focusAreas();
        int k = areas.offtakeIndex();
        return new PriceFloor(floor, k >= 0 && s.lever(areas.get(k).id()).investmentUsdBn() > 0);
    }

    /** "Price floor USD 110/kg on covered allied output", or "… (not funded in this scenario)". */
    public String label() {
        return ChartCatalog.priceFloor(usdPerKg, funded);
    }
}
