package org.reeplanner.model;

/**
 * The fixed output series with their stable IDs (used by the CLI, CSV and exports). Spend per focus area adds one
 * series per area, {@code spend.<focusAreaId>.usdBn}, see {@link Projection}.
 */
public enum Series {
    MINING_CHINA("mining.china.t", "China mine output", Unit.TONNES_REO),
    MINING_ALLIED("mining.allied.t", "Allied mine output", Unit.TONNES_REO),
    MINING_ROW("mining.row.t", "Rest-of-world mine output", Unit.TONNES_REO),
    SEPARATION_CHINA("separation.china.t", "China separated output", Unit.TONNES_REO),
    SEPARATION_ALLIED("separation.allied.t", "Allied separated output", Unit.TONNES_REO),
    SEPARATION_ROW("separation.row.t", "Rest-of-world separated output", Unit.TONNES_REO),
    MAGNETS_CHINA("magnets.china.t", "China magnet output", Unit.TONNES_NDFEB),
    MAGNETS_ALLIED("magnets.allied.t", "Allied magnet output", Unit.TONNES_NDFEB),
    MAGNETS_ROW("magnets.row.t", "Rest-of-world magnet output", Unit.TONNES_NDFEB),
    MINING_TOTAL("mining.total.t", "World mine output", Unit.TONNES_REO),
    SEPARATION_TOTAL("separation.total.t", "World separated output", Unit.TONNES_REO),
    MAGNETS_TOTAL("magnets.total.t", "World magnet output", Unit.TONNES_NDFEB),
    RECYCLED_ALLIED("recycled.allied.t", "Allied recycled supply (end-of-life magnets)", Unit.TONNES_REO),
    RECOVERY_RATE("recovery.rate", "End-of-life recovery rate", Unit.FRACTION),
    DEMAND_GLOBAL_MINING("demand.global.mining.t", "World demand, mined REO", Unit.TONNES_REO),
    DEMAND_GLOBAL_SEPARATION("demand.global.separation.t", "World demand, separated REO", Unit.TONNES_REO),
    DEMAND_GLOBAL_MAGNETS("demand.global.magnets.t", "World demand, magnets", Unit.TONNES_NDFEB),
    DEMAND_ALLIED_MINING("demand.allied.mining.t", "Allied demand, mined REO", Unit.TONNES_REO),
    DEMAND_ALLIED_SEPARATION("demand.allied.separation.t", "Allied demand, separated REO", Unit.TONNES_REO),
    DEMAND_ALLIED_MAGNETS("demand.allied.magnets.t", "Allied demand, magnets", Unit.TONNES_NDFEB),
    SECURED_MINING("secured.allied.mining.t", "Rest-of-world ore secured by allied offtake", Unit.TONNES_REO),
    SECURED_SEPARATION("secured.allied.separation.t", "Rest-of-world oxide secured by allied offtake",
            Unit.TONNES_REO),
    SECURED_MAGNETS("secured.allied.magnets.t", "Rest-of-world magnets secured by allied offtake",
            Unit.TONNES_NDFEB),
    SECURED_SHARE("secured.share", "Share of rest-of-world output secured", Unit.FRACTION),
    SHARE_CHINA_MINING("share.china.mining", "China share of mining", Unit.FRACTION),
    SHARE_CHINA_SEPARATION("share.china.separation", "China share of separation", Unit.FRACTION),
    SHARE_CHINA_MAGNETS("share.china.magnets", "China share of magnets", Unit.FRACTION),
    HHI_MINING("hhi.mining", "HHI of mining (three regions)", Unit.HHI),
    HHI_SEPARATION("hhi.separation", "HHI of separation (three regions)", Unit.HHI),
    HHI_MAGNETS("hhi.magnets", "HHI of magnets (three regions)", Unit.HHI),
    SELF_SUFFICIENCY("selfsufficiency.allied", "Allied self-sufficiency (weakest stage)", Unit.FRACTION),
    SELF_SUFFICIENCY_MINING("selfsufficiency.allied.mining", "Allied self-sufficiency, mining", Unit.FRACTION),
    SELF_SUFFICIENCY_SEPARATION("selfsufficiency.allied.separation", "Allied self-sufficiency, separation",
            Unit.FRACTION),
    SELF_SUFFICIENCY_MAGNETS("selfsufficiency.allied.magnets", "Allied self-sufficiency, magnets", Unit.FRACTION),
    COST_ALLIED("cost.allied.usdPerKg", "Allied processing cost", Unit.USD_PER_KG),
    COST_CHINA("cost.china.usdPerKg", "China processing cost", Unit.USD_PER_KG),
    SPEND_TOTAL("spend.total.usdBn", "Programme spend", Unit.USD_BN),
    SPEND_CUMULATIVE("spend.cumulative.usdBn", "Cumulative programme spend", Unit.USD_BN),
    SPEND_US("spend.us.usdBn", "Programme spend, United States", Unit.USD_BN),
    SPEND_AU("spend.au.usdBn", "Programme spend, Australia", Unit.USD_BN),
    SPEND_NPV("spend.npv.usdBn", "Present value of spend to date", Unit.USD_BN),
    LEAD_TIME_CUT("leadtime.cut", "Lead-time cut from permitting reform", Unit.FRACTION),
    STOCKPILE_T("stockpile.t", "Strategic stockpile held", Unit.TONNES_REO),
    STOCKPILE_DAYS("stockpile.days", "Stockpile cover of allied demand", Unit.DAYS),
    RESPONSE_LAG("response.lag.days", "Response lag before stockpile release", Unit.DAYS),
    SHORTFALL("shortfall.t", "Allied supply shortfall in the disruption", Unit.TONNES_REO),
    PRICE_MULTIPLIER("price.multiplier", "Price multiplier in the disruption", Unit.MULTIPLIER),
    SHORTFALL_COST("shortfall.cost.usdBn", "Economic cost of the shortfall", Unit.USD_BN),
    STRESS_SHORTFALL("stress.shortfall.t", "Shortfall if the stress event began this year", Unit.TONNES_REO),
    RISK_INDEX("risk.index", "Supply-risk index", Unit.INDEX),
    PRICE_NDPR("price.ndpr.usdPerKg", "NdPr oxide reference price", Unit.USD_PER_KG),
    BALANCE_SEPARATION("balance.separation.t", "World separated supply minus demand", Unit.TONNES_REO),
    UTILISATION_ALLIED_SEPARATION("utilisation.allied.separation", "Allied separation utilisation", Unit.FRACTION),
    UTILISATION_ALLIED_MAGNETS("utilisation.allied.magnets", "Allied magnet-plant utilisation", Unit.FRACTION),
    ORE_ALLIED_TO_ALLIED("ore.allied.toAllied.t", "Allied ore to allied separation", Unit.TONNES_REO),
    ORE_ALLIED_TO_ROW("ore.allied.toRow.t", "Allied ore tolled in the rest of the world", Unit.TONNES_REO),
    ORE_ALLIED_TO_CHINA("ore.allied.toChina.t", "Allied ore sold to China", Unit.TONNES_REO),
    ORE_ALLIED_STOCKPILED("ore.allied.stockpiled.t", "Allied ore into stock (net of draws)", Unit.TONNES_REO),
    ORE_ALLIED_STOCK("ore.allied.stock.t", "Allied ore held in stock", Unit.TONNES_REO),
    CAPACITY_ALLIED_SEPARATION("capacity.allied.separation.t", "Allied separation nameplate capacity",
            Unit.TONNES_REO),
    CAPACITY_ROW_SEPARATION("capacity.row.separation.t", "Rest-of-world separation capacity", Unit.TONNES_REO),
    CAPACITY_CHINA_SEPARATION("capacity.china.separation.t", "China separation ceiling (quota path)",
            Unit.TONNES_REO),
    CAPACITY_ALLIED_MAGNETS("capacity.allied.magnets.t", "Allied magnet capacity", Unit.TONNES_NDFEB),
    OFFTAKE_COVERED("offtake.covered.t", "Allied separated output under the price floor", Unit.TONNES_REO),
    STOCKPILE_PURCHASES("stockpile.purchases.t", "Strategic stockpile purchases", Unit.TONNES_REO),
    SEPARATION_HEAVY_CHINA("separation.heavy.china.t", "China heavy rare-earth (Dy+Tb) oxide output",
            Unit.TONNES_REO),
    SEPARATION_HEAVY_ALLIED("separation.heavy.allied.t", "Allied heavy rare-earth (Dy+Tb) oxide output",
            Unit.TONNES_REO),
    SEPARATION_HEAVY_ROW("separation.heavy.row.t", "Rest-of-world heavy rare-earth (Dy+Tb) oxide output",
            Unit.TONNES_REO),
    DEMAND_GLOBAL_HEAVY("demand.global.heavy.t", "World demand, heavy rare earths (Dy+Tb)", Unit.TONNES_REO),
    DEMAND_ALLIED_HEAVY("demand.allied.heavy.t", "Allied demand, heavy rare earths (Dy+Tb)", Unit.TONNES_REO),
    SECURED_HEAVY("secured.allied.heavy.t", "Rest-of-world heavy oxide secured by allied offtake", Unit.TONNES_REO),
    SHARE_CHINA_HEAVY_SEPARATION("share.china.heavy.separation", "China share of heavy rare-earth separation",
            Unit.FRACTION),
    SELF_SUFFICIENCY_HEAVY("selfsufficiency.allied.heavy", "Allied self-sufficiency, heavy rare earths",
            Unit.FRACTION),
    PRICE_DYTB("price.dytb.usdPerKg", "Dy/Tb oxide basket price", Unit.USD_PER_KG),
    SHORTFALL_HEAVY("shortfall.heavy.t", "Allied heavy rare-earth shortfall in the disruption", Unit.TONNES_REO),
    SHORTFALL_MAGNETS("shortfall.magnets.t", "Allied magnet shortfall in the disruption", Unit.TONNES_NDFEB);

    private static final Series[] ALL = values();
    /** How many fixed series there are. */
    public static final int COUNT = ALL.length;

    private final String id;
    private final String label;
    private final Unit unit;

    Series(String id, String label, Unit unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The fixed series with this ID, or null (spend per focus area is not a fixed series). */
    public static Series byId(String id) {
        for (Series s : ALL) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    public static Series production(Stage stage, Region region) {
        return ALL[stage.ordinal() * 3 + region.ordinal()];
    }

    public static Series chinaShare(Stage stage) {
        return ALL[SHARE_CHINA_MINING.ordinal() + stage.ordinal()];
    }

    public static Series hhi(Stage stage) {
        return ALL[HHI_MINING.ordinal() + stage.ordinal()];
    }
}
