package org.reeplanner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.LeverBounds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads {@code --bound LEVER=MIN:MAX} options over the default bounds, refusing bad ones with the allowed form. */
final class BoundsOption {
    private BoundsOption() {
    }

    static Map<String, LeverBounds> parse(CommandSpec spec, List<String> texts, Map<String, LeverBounds> defaults,
                                          FocusAreaCatalog catalog) {
        Map<String, LeverBounds> bounds = new LinkedHashMap<>(defaults);
        for (String text : texts) {
            int eq = text.indexOf('=');
            int colon = text.indexOf(':', eq + 1);
            if (eq <= 0 || colon < 0) {
                throw bad(spec, "'" + text + "' is not LEVER=MIN:MAX, e.g. processing=1:6");
            }
            String id = text.substring(0, eq).trim();
            if (catalog.indexOf(id) < 0) {
                throw bad(spec, "found an unknown focus area '" + id + "'; allowed one of "
                        + String.join(", ", catalog.ids()));
            }
            double min = number(spec, text, text.substring(eq + 1, colon));
            double max = number(spec, text, text.substring(colon + 1));
            if (min > max) {
                throw bad(spec, "'" + text + "' has MIN above MAX");
            }
            bounds.put(id, new LeverBounds(min, max));
        }
        return bounds;
    }

    private static double number(CommandSpec spec, String text, String part) {
        try {
            double v = Double.parseDouble(part.trim());
            if (v >= 0 && v <= Scenario.MAX_LEVER_USD_BN) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(spec, "'" + part.trim() + "' in '" + text + "' is not a number of USD bn from 0 to "
                + (int) Scenario.MAX_LEVER_USD_BN);
    }

    private static ParameterException bad(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), "--bound: " + message);
    }
}
