package org.reeplanner.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.reeplanner.io.report.LeverChangeText;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Lever;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Stage;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/**
 * Writes a model run as the result JSON of the command line ({@code run --json}): format version, scenario name,
 * years, every series by its stable ID, the bottleneck stage per year and the KPIs against the baseline.
 *
 * <pre>
 * {"formatVersion": 1, "scenario": NAME, "years": [2025, ...], "series": {ID: [one value per year], ...},
 *  "assumptions": {KEY: {"value", "unit", "default", "source"}, ...},
 *  "leverChanges": {"preset": ID or null, "presetName" or "note", "changes": {AREA: {"name", "preset": LEVER,
 *                   "scenario": LEVER}, ...}},
 *  "bottleneck": ["magnets", ...],
 *  "kpis": {"targetYear": 2030, KPI_ID: {"year", "value", "baseline", "change", "unit"}, ...,
 *           "bottleneckStage": "magnets", "npv.spend.usdBn": N,
 *           "costEffectiveness.usdPerTonnePerYear": N or null,
 *           "costEffectiveness.usdBnPerPointChinaShare": N or null},
 *  "bands": {ID: {"p10": [...], "p50": [...], "p90": [...]}, ...},
 *  "monteCarlo": {"runs": N, "seed": S, "distribution": TEXT}}
 * </pre>
 * ("bands" only when a Monte Carlo study was run).
 *
 * Every number is finite: a NaN or infinity is a model fault and stops the write with an exception instead of
 * producing JSON that other tools cannot read.
 */
public final class ResultJsonWriter {
    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJsonWriter() {
    }

    /** Writes the result to {@code file} atomically: on failure an existing file is left as it was. */
    public static void write(Path file, Projection projection, KpiSet kpis) throws IOException {
        write(file, projection, kpis, null);
    }

    /** As {@link #write(Path, Projection, KpiSet)}, with Monte Carlo bands when {@code bands} is not null. */
    public static void write(Path file, Projection projection, KpiSet kpis, Bands bands) throws IOException {
        write(file, projection, kpis, bands, null);
    }

    /**
     * As {@link #write(Path, Projection, KpiSet, Bands)}; each changed assumption also names its sourced default from
     * {@code defaults} (may be null).
     */
    public static void write(Path file, Projection projection, KpiSet kpis, Bands bands, ParameterSet defaults)
            throws IOException {
        AtomicFiles.write(file, out -> write(out, projection, kpis, bands, defaults));
    }

    /** The result as UTF-8 JSON text. */
    public static byte[] toBytes(Projection projection, KpiSet kpis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(out, projection, kpis, null);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    public static void write(OutputStream out, Projection projection, KpiSet kpis, Bands bands) throws IOException {
        write(out, projection, kpis, bands, null);
    }

    /**
     * The result JSON, with an {@code assumptions} object: each parameter the scenario changed, by key, with its
     * value, unit and, when {@code defaults} is given, the sourced default and its source (empty when none changed).
     */
    public static void write(OutputStream out, Projection projection, KpiSet kpis, Bands bands,
                             ParameterSet defaults) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("scenario", projection.scenario().name());
            g.writeArrayFieldStart("years");
            for (int year : projection.years()) {
                g.writeNumber(year);
            }
            g.writeEndArray();
            writeAssumptions(g, projection, defaults);
            writeLeverChanges(g, ShippedScenarios.leverChanges(projection.scenario()));
            writeSeries(g, projection);
            g.writeArrayFieldStart("bottleneck");
            for (int year : projection.years()) {
                Stage stage = projection.bottleneck(year);
                g.writeString(stage == null ? null : stage.id());
            }
            g.writeEndArray();
            writeKpis(g, kpis);
            if (bands != null) {
                writeBands(g, bands);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeAssumptions(JsonGenerator g, Projection projection, ParameterSet defaults)
            throws IOException {
        g.writeObjectFieldStart("assumptions");
        for (Map.Entry<Param, Double> e : projection.scenario().assumptions().entrySet()) {
            g.writeObjectFieldStart(e.getKey().key());
            g.writeNumberField("value", finite(e.getValue(), e.getKey().key()));
            g.writeStringField("unit", e.getKey().unit().symbol());
            if (defaults != null) {
                ParameterSpec spec = defaults.spec(e.getKey());
                g.writeNumberField("default", spec.base());
                g.writeStringField("source", spec.source());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * {@code leverChanges}: the preset the scenario records (null for none), and each focus area whose lever differs
     * from the preset's, with both levers; a {@code note} instead of changes when nothing could be compared.
     */
    private static void writeLeverChanges(JsonGenerator g, LeverChanges changes) throws IOException {
        g.writeObjectFieldStart("leverChanges");
        g.writeStringField("preset", changes.presetId());
        if (changes.compared()) {
            g.writeStringField("presetName", changes.presetName());
        } else {
            g.writeStringField("note", LeverChangeText.summary(changes));
        }
        g.writeObjectFieldStart("changes");
        for (LeverChanges.Change c : changes.changes()) {
            g.writeObjectFieldStart(c.focusAreaId());
            g.writeStringField("name", c.focusAreaName());
            writeLever(g, "preset", c.preset());
            writeLever(g, "scenario", c.scenario());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeLever(JsonGenerator g, String field, Lever l) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("investmentUsdBn", finite(l.investmentUsdBn(), field + ".investmentUsdBn"));
        g.writeNumberField("startYear", l.startYear());
        g.writeNumberField("durationYears", l.durationYears());
        g.writeNumberField("usShare", finite(l.usShare(), field + ".usShare"));
        g.writeEndObject();
    }

    private static void writeSeries(JsonGenerator g, Projection projection) throws IOException {
        int[] years = projection.years();
        g.writeObjectFieldStart("series");
        for (Map.Entry<String, double[]> e : projection.byId().entrySet()) {
            double[] values = e.getValue();
            if (values.length != years.length) {
                throw new IllegalStateException("series " + e.getKey() + " has " + values.length
                        + " values for " + years.length + " years");
            }
            g.writeArrayFieldStart(e.getKey());
            for (int i = 0; i < values.length; i++) {
                g.writeNumber(finite(values[i], e.getKey() + " in " + years[i]));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeKpis(JsonGenerator g, KpiSet kpis) throws IOException {
        g.writeObjectFieldStart("kpis");
        g.writeNumberField("targetYear", kpis.year());
        for (Kpi k : kpis.cards()) {
            g.writeObjectFieldStart(k.id());
            g.writeNumberField("year", kpis.year());
            g.writeNumberField("value", finite(k.value(), "KPI " + k.id()));
            g.writeNumberField("baseline", finite(k.baseline(), "KPI " + k.id() + " baseline"));
            g.writeNumberField("change", finite(k.change(), "KPI " + k.id() + " change"));
            g.writeStringField("unit", k.unit().symbol());
            g.writeEndObject();
        }
        g.writeStringField("bottleneckStage", kpis.bottleneck() == null ? null : kpis.bottleneck().id());
        g.writeNumberField("npv.spend.usdBn", finite(kpis.npvUsdBn(), "npv.spend.usdBn"));
        writeOptional(g, "costEffectiveness.usdPerTonnePerYear", kpis.usdPerTonnePerYearOfNewSupply());
        writeOptional(g, "costEffectiveness.usdBnPerPointChinaShare", kpis.usdBnPerPointOfChinaShare());
        g.writeEndObject();
    }

    private static void writeBands(JsonGenerator g, Bands bands) throws IOException {
        g.writeObjectFieldStart("bands");
        for (Map.Entry<String, Band> e : bands.byId().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            writeArray(g, "p10", e.getValue().p10(), e.getKey());
            writeArray(g, "p50", e.getValue().p50(), e.getKey());
            writeArray(g, "p90", e.getValue().p90(), e.getKey());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("monteCarlo");
        g.writeNumberField("runs", bands.runs());
        g.writeNumberField("seed", bands.seed());
        g.writeStringField("distribution", "triangular(low, base, high) per parameter, independent");
        g.writeEndObject();
    }

    private static void writeArray(JsonGenerator g, String field, double[] values, String what) throws IOException {
        g.writeArrayFieldStart(field);
        for (double v : values) {
            g.writeNumber(finite(v, what + " " + field));
        }
        g.writeEndArray();
    }

    private static void writeOptional(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, finite(value, field));
        }
    }

    private static double finite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("the model produced " + v + " for " + what
                    + "; refusing to write invalid JSON");
        }
        return v;
    }
}
