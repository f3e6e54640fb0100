package org.reeplanner.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.GoalSeekResult;
import org.reeplanner.model.analysis.OptimisationResult;

/**
 * Writes the result of {@code optimize} as JSON:
 * <pre>
 * {"formatVersion": 1, "scenario": NAME,
 *  "objective": {"series": ID, "year": Y, "direction": "minimize"|"maximize", "value": V, "ownSplitValue": V},
 *  "budgetUsdBn": B, "allocation": {focusAreaId: USD bn, ...}, "marginalPerUsdBn": {focusAreaId: change, ...},
 *  "goalSeek": {"target": T, "atMost": true, "reachable": true}}   (goalSeek only with --target)
 * </pre>
 */
public final class OptimisationJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private OptimisationJsonWriter() {
    }

    public static void write(Path file, Scenario scenario, OptimisationResult r, GoalSeekResult seek)
            throws IOException {
        AtomicFiles.write(file, out -> write(out, scenario, r, seek));
    }

    public static void write(OutputStream out, Scenario scenario, OptimisationResult r, GoalSeekResult seek)
            throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("formatVersion", ResultJsonWriter.FORMAT_VERSION);
            g.writeStringField("scenario", scenario.name());
            g.writeObjectFieldStart("objective");
            g.writeStringField("series", r.objective().seriesId());
            g.writeNumberField("year", r.objective().year());
            g.writeStringField("direction", r.objective().maximize() ? "maximize" : "minimize");
            g.writeNumberField("value", finite(r.value()));
            g.writeNumberField("ownSplitValue", finite(r.ownSplitValue()));
            g.writeEndObject();
            g.writeNumberField("budgetUsdBn", finite(r.budgetUsdBn()));
            writeMap(g, "allocation", r.allocation());
            writeMap(g, "marginalPerUsdBn", r.marginalPerUsdBn());
            if (seek != null) {
                g.writeObjectFieldStart("goalSeek");
                g.writeNumberField("target", finite(seek.target()));
                g.writeBooleanField("atMost", seek.atMost());
                g.writeBooleanField("reachable", seek.reachable());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeMap(JsonGenerator g, String field, Map<String, Double> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            g.writeNumberField(e.getKey(), finite(e.getValue()));
        }
        g.writeEndObject();
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("the optimiser produced " + v + "; refusing to write invalid JSON");
        }
        return v;
    }
}
