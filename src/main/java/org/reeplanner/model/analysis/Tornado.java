package org.reeplanner.model.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Unit;

/**
 * One-at-a-time sensitivity of one series in one year: every parameter from its low to its high, and every lever's
 * money from −50% to +50%, sorted by swing, widest first.
 */
public final class Tornado {
    public static final double LEVER_SPREAD = 0.5;
    private final ImpactModel model;

    public Tornado(ImpactModel model) {
        this.model = model;
    }

    public List<TornadoBar> of(Scenario scenario, String seriesId, int year) {
        return new ArrayList<>(ofAll(scenario, List.of(seriesId), year).get(seriesId));
    }

    /**
     * The tornado of each of {@code seriesIds} in {@code year}, from one set of runs: each input setting is run once
     * and read for every series. The map keeps the order asked for; each list is sorted widest first.
     */
    public Map<String, List<TornadoBar>> ofAll(Scenario scenario, List<String> seriesIds, int year) {
        SeriesProbes probe = SeriesProbes.of(model, scenario, seriesIds, year);
        double[] base = probe.values(scenario, model.data().parameters().baseValues());
        List<List<TornadoBar>> bars = new ArrayList<>();
        for (int i = 0; i < seriesIds.size(); i++) {
            bars.add(new ArrayList<>());
        }
        double[] values = model.data().parameters().baseValues();
        for (Param p : Param.values()) {
            ParameterSpec spec = model.data().parameters().spec(p);
            if (spec.low() == spec.high()) {
                continue;
            }
            values[p.ordinal()] = spec.low();
            double[] atLow = probe.values(scenario, values);
            values[p.ordinal()] = spec.high();
            double[] atHigh = probe.values(scenario, values);
            values[p.ordinal()] = spec.base();
            for (int i = 0; i < bars.size(); i++) {
                bars.get(i).add(new TornadoBar(TornadoBar.Kind.PARAMETER, p.key(), spec.label(), p.unit(),
                        spec.low(), spec.high(), atLow[i], atHigh[i], base[i]));
            }
        }
        for (FocusArea area : model.focusAreas().areas()) {
            double money = scenario.lever(area.id()).investmentUsdBn();
            if (money <= 0) {
                continue;
            }
            double low = money * (1 - LEVER_SPREAD);
            double high = money * (1 + LEVER_SPREAD);
            double[] atLow = probe.values(scenario.withInvestment(area.id(), low), values);
            double[] atHigh = probe.values(scenario.withInvestment(area.id(), high), values);
            for (int i = 0; i < bars.size(); i++) {
                bars.get(i).add(new TornadoBar(TornadoBar.Kind.LEVER, area.id(), area.name(), Unit.USD_BN, low,
                        high, atLow[i], atHigh[i], base[i]));
            }
        }
        Map<String, List<TornadoBar>> result = new LinkedHashMap<>();
        for (int i = 0; i < bars.size(); i++) {
            bars.get(i).sort(Comparator.comparingDouble(TornadoBar::swing).reversed()
                    .thenComparing(TornadoBar::key));
            result.put(seriesIds.get(i), List.copyOf(bars.get(i)));
        }
        return result;
    }

    /** Reads one series in one year out of model runs. */
    record SeriesProbe(ImpactModel model, int seriesIndex, int yearIndex) {

        static SeriesProbe of(ImpactModel model, Scenario scenario, String seriesId, int year) {
            Projection reference = model.run(scenario);
            List<String> ids = new ArrayList<>(reference.byId().keySet());
            int index = ids.indexOf(seriesId);
            if (index < 0) {
                throw new IllegalArgumentException("unknown series '" + seriesId + "'");
            }
            return new SeriesProbe(model, index, reference.indexOf(year));
        }

        double value(Scenario scenario, double[] parameters) {
            return model.run(scenario, parameters).valuesAt(seriesIndex)[yearIndex];
        }

        double value(Scenario scenario) {
            return model.run(scenario).valuesAt(seriesIndex)[yearIndex];
        }
    }
}
