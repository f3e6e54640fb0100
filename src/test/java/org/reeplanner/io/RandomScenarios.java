package org.reeplanner.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reeplanner.model.DemandCase;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.ScenarioRules;

/**
 * Seeded random valid scenarios for round-trip tests, with awkward texts (quotes, backslashes, tabs and line breaks in
 * descriptions, accents, emoji) and awkward numbers (full-precision doubles, the range ends, the smallest positive
 * double). Other control characters are not valid in names or descriptions (Office files cannot hold them).
 */
public final class RandomScenarios {
    private static final List<String> PIECES = List.of("Allied", " ", "\"quoted\"", "back\\slash", "tab\t", "line\n",
            "é", "Ü", "–", "≥", "中文", "😀", "/", "<b>", "$3.5bn", "", "  ", "null", "{}");
    /** A name is one line: no tabs or line breaks. */
    private static final List<String> NAME_PIECES = PIECES.stream().filter(p -> p.chars().allMatch(c -> c >= ' '))
            .toList();
    private final Random random;
    private final FocusAreaCatalog catalog;

    public RandomScenarios(long seed, FocusAreaCatalog catalog) {
        this.random = new Random(seed);
        this.catalog = catalog;
    }

    public Scenario next() {
        int endYear = Scenario.MIN_END_YEAR + random.nextInt(Scenario.MAX_END_YEAR - Scenario.MIN_END_YEAR + 1);
        Map<String, Lever> levers = new LinkedHashMap<>();
        List<String> ids = new java.util.ArrayList<>(catalog.ids());
        java.util.Collections.shuffle(ids, random);
        for (String id : ids) {
            if (random.nextInt(4) != 0) {
                levers.put(id, lever(endYear));
            }
        }
        int eventStart = Scenario.START_YEAR + random.nextInt(endYear - Scenario.START_YEAR + 1);
        DisruptionEvent event = new DisruptionEvent(random.nextBoolean(), eventStart,
                1 + random.nextInt(ScenarioRules.MAX_EVENT_MONTHS), fraction());
        String name = text(1 + random.nextInt(6), NAME_PIECES);
        if (name.isBlank() || name.length() > 200) {
            name = "Scenario " + random.nextInt(1000);
        }
        String description = text(random.nextInt(12), PIECES);
        DemandCase demand = DemandCase.values()[random.nextInt(3)];
        // Two in three random scenarios record the preset they started from, as the window's are.
        String preset = random.nextInt(3) == 0 ? null
                : ShippedScenarios.IDS.get(random.nextInt(ShippedScenarios.IDS.size()));
        return new Scenario(name, description, endYear, demand, levers, event, Map.of(), preset);
    }

    private Lever lever(int endYear) {
        int start = Scenario.START_YEAR + random.nextInt(endYear - Scenario.START_YEAR + 1);
        int maxDuration = Math.min(ScenarioRules.MAX_DURATION_YEARS, endYear - start + 1);
        return new Lever(money(), start, 1 + random.nextInt(maxDuration), fraction());
    }

    private double money() {
        return switch (random.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> Scenario.MAX_LEVER_USD_BN;
            case 2 -> Double.MIN_VALUE;
            case 3 -> Math.nextDown(Scenario.MAX_LEVER_USD_BN);
            case 4 -> Math.round(random.nextDouble() * 100) / 10.0;
            default -> random.nextDouble() * Scenario.MAX_LEVER_USD_BN;
        };
    }

    private double fraction() {
        return switch (random.nextInt(6)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            case 2 -> 1e-17;
            default -> random.nextDouble();
        };
    }

    private String text(int pieces, List<String> from) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(from.get(random.nextInt(from.size())));
        }
        return b.toString();
    }
}
