package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;

/**
 * Every chart the planner draws, defined once: title, series (label and colour role) and value axes, with texts
 * from {@link ChartText}'s bundle. The window's chart view models, the PNG pictures ({@link StandardCharts} and its
 * companions), the workbook's native charts and the deck read their labels here, so a label changed in
 * charts.properties changes the screen and every export. The id is the exported picture's file stem.
 */
public final class ChartCatalog {
    public static final String SUPPLY = "supply-";
    public static final String SUPPLY_HEAVY = "supply-heavy";
    public static final String CHINA_SHARE = "china-share";
    public static final String CHINA_SHARE_HEAVY = "china-share-heavy";
    public static final String COSTS = "costs";
    public static final String PROCESSING_COST = "processing-cost";
    public static final String PRICE = "price-ndpr";
    public static final String ORE_FLOW = "ore-flow";
    public static final String STRESS_SUPPLY = "stress-supply";
    public static final String STOCKPILE = "stockpile";
    public static final String UNCERTAINTY = "uncertainty-";
    public static final String TORNADO = "tornado";
    public static final String ATTRIBUTION = "attribution";
    private static final Region[] BOTTOM_TO_TOP = {Region.ALLIED, Region.ROW, Region.CHINA};

    private ChartCatalog() {
    }

    /** "No new investment": the legend entry of every dashed baseline. */
    public static String baseline() {
        return ChartText.get("chart.baseline");
    }

    /** The dashed no-new-investment twin of a series, e.g. "China (no new investment)". */
    public static String ghost(String label) {
        return ChartText.format("chart.ghost", label);
    }

    /** A target share's line, e.g. "Target 60%". */
    public static String target(double share) {
        return ChartText.format("chart.target.label", String.format(Locale.ROOT, "%.0f", 100 * share));
    }

    /** Output of one stage by region stacked allied first, the world total's outline and world demand. */
    public static ChartDefinition supply(Stage stage) {
        String title = switch (stage) {
            case MINING -> ChartText.get("chart.supply.mining");
            case SEPARATION -> ChartText.get("chart.supply.separation");
            case MAGNETS -> ChartText.get("chart.supply.magnets");
        };
        List<SeriesDefinition> series = regions();
        series.add(new SeriesDefinition("total", ChartText.get("chart.supply.total"), ColourRole.TOTAL));
        series.add(new SeriesDefinition("demand", ChartText.get("chart.supply.demand"), ColourRole.DEMAND));
        return new ChartDefinition(SUPPLY + stage.id(), title, tonnesAxis(stage), null, series);
    }

    /** Heavy rare-earth (Dy+Tb) separation by region, with world heavy demand. */
    public static ChartDefinition supplyHeavy() {
        List<SeriesDefinition> series = regions();
        series.add(new SeriesDefinition("total", ChartText.get("chart.supply.total"), ColourRole.TOTAL));
        series.add(new SeriesDefinition("heavy-demand", ChartText.get("chart.supply.heavyDemand"),
                ColourRole.DEMAND));
        return new ChartDefinition(SUPPLY_HEAVY, ChartText.get("chart.supply.heavy"), tonnesAxis(Stage.SEPARATION),
                null, series);
    }

    /** China's share of each stage, one series per stage named by its short name. */
    public static ChartDefinition chinaShare() {
        List<SeriesDefinition> series = new ArrayList<>();
        for (Stage s : Stage.values()) {
            series.add(new SeriesDefinition(s.id(), stageName(s), ColourRole.stage(s)));
        }
        return new ChartDefinition(CHINA_SHARE, ChartText.get("chart.chinaShare.title"), shareAxis(), null, series);
    }

    /** China's share of heavy rare-earth separation. */
    public static ChartDefinition chinaShareHeavy() {
        return new ChartDefinition(CHINA_SHARE_HEAVY, ChartText.get("chart.chinaShare.heavyTitle"), shareAxis(), null,
                List.of(new SeriesDefinition("heavy", ChartText.get("chart.chinaShare.heavy"),
                        ColourRole.STAGE_SEPARATION)));
    }

    /**
     * Programme spend per focus area (named from the focus-area catalogue, coloured by {@link ColourRole#area}), the
     * programme total when no area has money, and the cumulative spend (the right-hand axis in exports).
     */
    public static ChartDefinition spend() {
        return new ChartDefinition(COSTS, ChartText.get("chart.spend.title"),
                AxisSpec.of(ChartText.get("chart.spend.yLabel"), AxisFormat.USD_BN),
                AxisSpec.of(ChartText.get("chart.spend.y2Label"), AxisFormat.USD_BN), List.of(
                new SeriesDefinition("total", ChartText.get("chart.spend.total"), ColourRole.area(0)),
                new SeriesDefinition("cumulative", ChartText.get("chart.spend.cumulative"), ColourRole.CUMULATIVE)));
    }

    /** Allied processing cost per kg against China's. */
    public static ChartDefinition processingCost() {
        return new ChartDefinition(PROCESSING_COST, ChartText.get("chart.cost.title"),
                AxisSpec.of(ChartText.get("chart.cost.yLabel"), AxisFormat.USD_PER_KG), null, List.of(
                new SeriesDefinition("allied", ChartText.get("chart.cost.allied"), ColourRole.REGION_ALLIED),
                new SeriesDefinition("china", ChartText.get("chart.cost.china"), ColourRole.REGION_CHINA)));
    }

    /** The NdPr oxide price (in the separation stage's colour: it is the price of separated oxide). */
    public static ChartDefinition price() {
        return new ChartDefinition(PRICE, ChartText.get("chart.price.title"),
                AxisSpec.of(ChartText.get("chart.price.yLabel"), AxisFormat.USD_PER_KG), null, List.of(
                new SeriesDefinition("ndpr", ChartText.get("chart.price.ndpr"), ColourRole.STAGE_SEPARATION)));
    }

    /** The price floor's line, saying whether the scenario funds it. */
    public static String priceFloor(double usdPerKg, boolean funded) {
        String usd = String.format(Locale.ROOT, "%.0f", usdPerKg);
        return funded ? ChartText.format("chart.price.floorFunded", usd)
                : ChartText.format("chart.price.floorUnfunded", usd);
    }

    /** Where allied ore goes from {@code firstYear} to {@code lastYear}, its {@link #oreRoutes} stacked. */
    public static ChartDefinition oreFlow(int firstYear, int lastYear) {
        return new ChartDefinition(ORE_FLOW, ChartText.format("chart.ore.titleYears", firstYear, lastYear),
                AxisSpec.of(ChartText.get("chart.ore.yLabel"), AxisFormat.THOUSAND_TONNES), null, oreRoutes());
    }

    /** Where a tonne of allied ore goes: refined by allied plants, tolled abroad, sold to China, stockpiled. */
    public static List<SeriesDefinition> oreRoutes() {
        return List.of(
                new SeriesDefinition("allied", ChartText.get("chart.ore.toAllied"), ColourRole.REGION_ALLIED),
                new SeriesDefinition("row", ChartText.get("chart.ore.toRow"), ColourRole.REGION_ROW),
                new SeriesDefinition("china", ChartText.get("chart.ore.toChina"), ColourRole.REGION_CHINA),
                new SeriesDefinition("stock", ChartText.get("chart.ore.stockpiled"), ColourRole.STOCKPILE));
    }

    /** The ore picture's title for one year, e.g. "Where allied ore goes in 2035". */
    public static String oreFlowTitle(int year) {
        return ChartText.format("chart.ore.title", year);
    }

    /** The stress test's supply side: non-China supply to allied buyers stacked against allied demand. */
    public static ChartDefinition stressSupply() {
        return new ChartDefinition(STRESS_SUPPLY, ChartText.get("chart.stress.title"),
                AxisSpec.of(ChartText.get("chart.stress.yLabel"), AxisFormat.THOUSAND_TONNES), null, List.of(
                new SeriesDefinition("allied", ChartText.get("chart.stress.allied"), ColourRole.REGION_ALLIED),
                new SeriesDefinition("secured", ChartText.get("chart.stress.secured"), ColourRole.REGION_ROW),
                new SeriesDefinition("recycled", ChartText.get("chart.stress.recycled"), ColourRole.RECYCLED),
                new SeriesDefinition("total", ChartText.get("chart.stress.total"), ColourRole.TOTAL),
                new SeriesDefinition("demand", ChartText.get("chart.stress.demand"), ColourRole.DEMAND)));
    }

    /** The stress test's outcome: stockpile held, shortfall in the restriction, shortfall if it began each year. */
    public static ChartDefinition stockpile() {
        return new ChartDefinition(STOCKPILE, ChartText.get("chart.stockpile.title"),
                AxisSpec.of(ChartText.get("chart.stockpile.yLabel"), AxisFormat.THOUSAND_TONNES), null, List.of(
                new SeriesDefinition("stockpile", ChartText.get("chart.stockpile.held"), ColourRole.STOCKPILE),
                new SeriesDefinition("shortfall", ChartText.get("chart.stockpile.shortfall"), ColourRole.SHORTFALL),
                new SeriesDefinition("stress", ChartText.get("chart.stockpile.stress"), ColourRole.STRESS)));
    }

    /** The uncertainty fan of a model series, named as studies name it, its axis titled with the unit alone. */
    public static ChartDefinition fan(Series series) {
        AxisFormat format = AxisFormat.of(series.unit());
        return fan(series.id(), StudyNames.of(series), AxisSpec.zoomed(ChartFrame.axisUnit(format, series.unit()),
                format));
    }

    /**
     * The uncertainty fan of one series ({@code id} its model id, {@code label} its name, {@code y} its axis): the
     * P10–P90 range, the median and the scenario under base assumptions.
     */
    public static ChartDefinition fan(String id, String label, AxisSpec y) {
        return new ChartDefinition(UNCERTAINTY + id.replace('.', '-').toLowerCase(Locale.ROOT),
                ChartText.format("chart.fan.title", label), y, null, List.of(
                new SeriesDefinition("range", ChartText.get("chart.fan.range"), ColourRole.REGION_ALLIED),
                new SeriesDefinition("median", ChartText.get("chart.fan.median"), ColourRole.TOTAL),
                new SeriesDefinition("scenario", ChartText.get("chart.fan.scenario"), ColourRole.REGION_ALLIED)));
    }

    /**
     * The tornado of {@code label} in {@code year}: each input's low and high end around the base result.
     * {@code unit} is the axis's unit text, e.g. "%".
     */
    public static ChartDefinition tornado(String label, int year, String unit, AxisFormat format) {
        return new ChartDefinition(TORNADO, ChartText.format("chart.tornado.title", lowerFirst(label), year),
                AxisSpec.zoomed(ChartText.format("chart.tornado.axis", label, year, unit), format), null,
                tornadoKeys());
    }

    /** What a tornado's colours and line mean: {@code base} (the line), {@code low} and {@code high} (the bars). */
    public static List<SeriesDefinition> tornadoKeys() {
        return List.of(new SeriesDefinition("base", ChartText.get("chart.tornado.base"), ColourRole.DEMAND),
                new SeriesDefinition("low", ChartText.get("chart.tornado.low"), ColourRole.TORNADO_LOW),
                new SeriesDefinition("high", ChartText.get("chart.tornado.high"), ColourRole.TORNADO_HIGH));
    }

    /**
     * The attribution waterfall of {@code label} in {@code year} ({@code change} the change it explains, as
     * text): from the no-new-investment baseline through each lever and the changed assumptions to the scenario.
     */
    public static ChartDefinition attribution(String label, int year, String change, String unit,
                                              AxisFormat format) {
        return new ChartDefinition(ATTRIBUTION, ChartText.format("chart.attribution.title", lowerFirst(label), year,
                change), AxisSpec.zoomed(ChartText.format("chart.attribution.axis", label, unit), format), null,
                attributionKeys());
    }

    /**
     * A waterfall's fixed steps ({@code baseline}, {@code assumptions}, {@code scenario}) and what its colours mean
     * ({@code value}, {@code better}, {@code worse}, {@code neutral}).
     */
    public static List<SeriesDefinition> attributionKeys() {
        return List.of(new SeriesDefinition("baseline", ChartText.get("chart.attribution.baseline"),
                        ColourRole.NEUTRAL),
                new SeriesDefinition("assumptions", ChartText.get("chart.attribution.assumptions"),
                        ColourRole.STOCKPILE),
                new SeriesDefinition("scenario", ChartText.get("chart.attribution.scenario"), ColourRole.NEUTRAL),
                new SeriesDefinition("value", ChartText.get("chart.attribution.value"), ColourRole.NEUTRAL),
                new SeriesDefinition("better", ChartText.get("chart.attribution.better"), ColourRole.BETTER),
                new SeriesDefinition("worse", ChartText.get("chart.attribution.worse"), ColourRole.WORSE),
                new SeriesDefinition("neutral", ChartText.get("chart.attribution.neutral"), ColourRole.STOCKPILE));
    }

    /** A stage's short name, "Separation" rather than "Separation / refining". */
    public static String stageName(Stage stage) {
        return switch (stage) {
            case MINING -> ChartText.get("chart.stage.mining");
            case SEPARATION -> ChartText.get("chart.stage.separation");
            case MAGNETS -> ChartText.get("chart.stage.magnets");
        };
    }

    /** A region's name, e.g. "Allied (U.S. + Australia)". */
    public static String regionName(Region region) {
        return switch (region) {
            case ALLIED -> ChartText.get("chart.region.allied");
            case ROW -> ChartText.get("chart.region.row");
            case CHINA -> ChartText.get("chart.region.china");
        };
    }

    /** The regions in stacking order, allied at the bottom where investment shows. */
    public static List<Region> regionsBottomToTop() {
        return List.of(BOTTOM_TO_TOP);
    }

    /** A series name inside a sentence: "allied self-sufficiency", but "China separation share" and "HHI …". */
    public static String lowerFirst(String name) {
        boolean keep = name.length() < 2 || name.startsWith("China") || Character.isUpperCase(name.charAt(1));
        return keep ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static List<SeriesDefinition> regions() {
        List<SeriesDefinition> series = new ArrayList<>();
        for (Region r : BOTTOM_TO_TOP) {
            series.add(new SeriesDefinition(r.id(), regionName(r), ColourRole.region(r)));
        }
        return series;
    }

    private static AxisSpec tonnesAxis(Stage stage) {
        return AxisSpec.of(ChartText.format("chart.supply.yLabel", stage.unit().symbol()), AxisFormat.THOUSAND_TONNES);
    }

    private static AxisSpec shareAxis() {
        return AxisSpec.fixed(ChartText.get("chart.chinaShare.yLabel"), AxisFormat.PERCENT, 0, 1);
    }
}
