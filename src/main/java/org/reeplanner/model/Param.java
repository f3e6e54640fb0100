package org.reeplanner.model;

/**
 * Every scalar the impact model reads. The values (base, low, high, source) come from the parameter file;
 * this enum fixes the keys and units so the inner loop can read them from a plain array.
 */
public enum Param {
    CHINA_MINING_2025("china.mining.t2025", "t REO/yr"),
    CHINA_SEPARATION_2025("china.separation.t2025", "t REO/yr"),
    CHINA_MAGNETS_2025("china.magnets.t2025", "t NdFeB/yr"),
    ALLIED_MINING_2025("allied.mining.t2025", "t REO/yr"),
    ALLIED_SEPARATION_2025("allied.separation.t2025", "t REO/yr"),
    ALLIED_MAGNETS_2025("allied.magnets.t2025", "t NdFeB/yr"),
    ROW_MINING_2025("row.mining.t2025", "t REO/yr"),
    ROW_SEPARATION_2025("row.separation.t2025", "t REO/yr"),
    ROW_MAGNETS_2025("row.magnets.t2025", "t NdFeB/yr"),
    CHINA_MINING_GROWTH("china.mining.growth", "1/yr"),
    CHINA_SEPARATION_GROWTH("china.separation.growth", "1/yr"),
    CHINA_MAGNETS_GROWTH("china.magnets.growth", "1/yr"),
    ALLIED_MINING_GROWTH("allied.mining.growth", "1/yr"),
    ROW_GROWTH("row.growth", "1/yr"),
    PIPELINE_RAMP_YEARS("pipeline.rampYears", "yr"),
    DEMAND_LOW_GROWTH("demand.low.growth", "1/yr"),
    DEMAND_LOW_GROWTH_AFTER_2030("demand.low.growthAfter2030", "1/yr"),
    DEMAND_BASE_GROWTH_TO_2030("demand.base.growthTo2030", "1/yr"),
    DEMAND_BASE_GROWTH_AFTER_2030("demand.base.growthAfter2030", "1/yr"),
    DEMAND_HIGH_GROWTH("demand.high.growth", "1/yr"),
    DEMAND_HIGH_GROWTH_AFTER_2035("demand.high.growthAfter2035", "1/yr"),
    DEMAND_MAGNET_SHARE_OF_VOLUME("demand.magnetShareOfVolume", "fraction"),
    DEMAND_OTHER_GROWTH("demand.otherGrowth", "1/yr"),
    ALLIED_DEMAND_SHARE("allied.demandShare", "fraction"),
    MAGNET_REO_CONTENT("magnet.reoContent", "t REO/t NdFeB"),
    MAGNET_FEED_FRACTION("magnet.feedFraction", "fraction"),
    RECOVERY_RATE_2025("recycling.recoveryRate2025", "fraction"),
    SCRAP_2025("recycling.scrap.t2025", "t REO/yr"),
    SCRAP_2035("recycling.scrap.t2035", "t REO/yr"),
    ALLIED_COST_2025("cost.allied.usdPerKg2025", "USD/kg"),
    CHINA_COST_2025("cost.china.usdPerKg2025", "USD/kg"),
    CHINA_COST_CHANGE("cost.china.annualChange", "1/yr"),
    LEARNING_RATE("cost.learningRate", "fraction per doubling"),
    LEARNING_PRIOR_YEARS("cost.priorCumulativeYears", "yr"),
    SECURED_SHARE_2025("trade.securedShare2025", "fraction"),
    SECURED_SHARE_MAX("trade.securedShareMax", "fraction"),
    LEAD_TIME_CUT_MAX("regulatory.leadTimeCutMax", "fraction"),
    STOCKPILE_2025("stockpile.t2025", "t REO"),
    STOCKPILE_PRICE("stockpile.basketPrice", "USD/kg"),
    RESPONSE_LAG_DAYS("disruption.responseLagDays", "days"),
    RESOURCING_SHARE("disruption.resourcingShare", "fraction"),
    PRICE_ELASTICITY("disruption.priceElasticity", "dimensionless"),
    PRICE_MULTIPLIER_CAP("disruption.priceMultiplierCap", "x"),
    DOWNSTREAM_VALUE_FACTOR("disruption.downstreamValueFactor", "USD per USD"),
    DISCOUNT_RATE("finance.discountRate", "1/yr"),
    RISK_WEIGHT_CONCENTRATION("risk.weightConcentration", "weight"),
    RISK_WEIGHT_SELF_SUFFICIENCY("risk.weightSelfSufficiency", "weight"),
    RISK_WEIGHT_STOCKPILE("risk.weightStockpile", "weight"),
    RISK_TARGET_DAYS("risk.targetCoverDays", "days"),
    PRICE_NDPR_2025("price.ndpr.usdPerKg2025", "USD/kg"),
    PRICE_TIGHTNESS_EXPONENT("price.tightnessExponent", "dimensionless"),
    PRICE_RIVAL_RESPONSE("price.chinaRivalResponse", "fraction"),
    PRICE_SCARCITY_FACTOR("price.scarcityFactor", "dimensionless"),
    CHINA_SEPARATION_UTILISATION_2025("china.separation.utilisation2025", "fraction"),
    CHINA_MAGNETS_UTILISATION_2025("china.magnets.utilisation2025", "fraction"),
    CHINA_OWN_DEMAND_SHARE("china.ownDemandShare", "fraction"),
    SEPARATION_RECOVERY("separation.recovery", "fraction"),
    ORE_TO_CHINA_SHARE("trade.oreToChinaShare", "fraction"),
    ORE_TO_CHINA_2025("ore.allied.toChina.t2025", "t REO/yr"),
    OFFTAKE_FLOOR("offtake.floorUsdPerKg", "USD/kg"),
    LEVER_DELIVERY_ODDS("lever.deliveryOdds", "fraction"),
    LEVER_RESPONSE_FACTOR("lever.responseFactor", "dimensionless"),
    MIN_UTILISATION("market.minUtilisation", "fraction"),
    ALLIED_COST_SPREAD("cost.allied.spread", "fraction"),
    ROW_COST_2025("cost.row.usdPerKg2025", "USD/kg"),
    ALLIED_MAGNETS_AVAILABILITY("allied.magnets.availability", "fraction"),
    ALLIED_SEPARATION_CAPACITY_2025("allied.separation.capacity2025", "t REO/yr"),
    ALLIED_SEPARATION_RAMP_YEARS("allied.separation.rampYears", "yr"),
    MAGNET_HEAVY_CONTENT("magnet.heavyContent", "fraction"),
    ALLIED_HEAVY_2025("allied.heavy.t2025", "t REO/yr"),
    ROW_HEAVY_2025("row.heavy.t2025", "t REO/yr"),
    PRICE_DYTB_2025("price.dytb.usdPerKg2025", "USD/kg"),
    EX_CHINA_PRICE_ELASTICITY("disruption.exChinaPriceElasticity", "dimensionless"),
    STOCKPILE_HEAVY_SHARE("stockpile.heavyShare", "fraction");

    private final String key;
    private final String unit;

    Param(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public static Param fromKey(String key) {
        for (Param p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown parameter '" + key + "'");
    }
}
