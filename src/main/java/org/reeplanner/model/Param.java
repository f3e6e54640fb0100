package org.reeplanner.model;

/**
 * Every scalar the impact model reads. The values (base, low, high, source) come from the parameter file;
 * this enum fixes the keys and units (the file's {@code unit} must be the unit's symbol) so the inner loop can read
 * them from a plain array.
 */
public enum Param {
    CHINA_MINING_2025("china.mining.t2025", Unit.TONNES_REO_PER_YEAR),
    CHINA_SEPARATION_2025("china.separation.t2025", Unit.TONNES_REO_PER_YEAR),
    CHINA_MAGNETS_2025("china.magnets.t2025", Unit.TONNES_NDFEB_PER_YEAR),
    ALLIED_MINING_2025("allied.mining.t2025", Unit.TONNES_REO_PER_YEAR),
    ALLIED_SEPARATION_2025("allied.separation.t2025", Unit.TONNES_REO_PER_YEAR),
    ALLIED_MAGNETS_2025("allied.magnets.t2025", Unit.TONNES_NDFEB_PER_YEAR),
    ROW_MINING_2025("row.mining.t2025", Unit.TONNES_REO_PER_YEAR),
    ROW_SEPARATION_2025("row.separation.t2025", Unit.TONNES_REO_PER_YEAR),
    ROW_MAGNETS_2025("row.magnets.t2025", Unit.TONNES_NDFEB_PER_YEAR),
    CHINA_MINING_GROWTH("china.mining.growth", Unit.PER_YEAR),
    CHINA_SEPARATION_GROWTH("china.separation.growth", Unit.PER_YEAR),
    CHINA_MAGNETS_GROWTH("china.magnets.growth", Unit.PER_YEAR),
    ALLIED_MINING_GROWTH("allied.mining.growth", Unit.PER_YEAR),
    ROW_GROWTH("row.growth", Unit.PER_YEAR),
    PIPELINE_RAMP_YEARS("pipeline.rampYears", Unit.YEARS),
    DEMAND_LOW_GROWTH("demand.low.growth", Unit.PER_YEAR),
    DEMAND_LOW_GROWTH_AFTER_2030("demand.low.growthAfter2030", Unit.PER_YEAR),
    DEMAND_BASE_GROWTH_TO_2030("demand.base.growthTo2030", Unit.PER_YEAR),
    DEMAND_BASE_GROWTH_AFTER_2030("demand.base.growthAfter2030", Unit.PER_YEAR),
    DEMAND_HIGH_GROWTH("demand.high.growth", Unit.PER_YEAR),
    DEMAND_HIGH_GROWTH_AFTER_2035("demand.high.growthAfter2035", Unit.PER_YEAR),
    DEMAND_MAGNET_SHARE_OF_VOLUME("demand.magnetShareOfVolume", Unit.FRACTION),
    DEMAND_OTHER_GROWTH("demand.otherGrowth", Unit.PER_YEAR),
    ALLIED_DEMAND_SHARE("allied.demandShare", Unit.FRACTION),
    MAGNET_REO_CONTENT("magnet.reoContent", Unit.REO_PER_NDFEB),
    MAGNET_FEED_FRACTION("magnet.feedFraction", Unit.FRACTION),
    RECOVERY_RATE_2025("recycling.recoveryRate2025", Unit.FRACTION),
    SCRAP_2025("recycling.scrap.t2025", Unit.TONNES_REO_PER_YEAR),
    SCRAP_2035("recycling.scrap.t2035", Unit.TONNES_REO_PER_YEAR),
    ALLIED_COST_2025("cost.allied.usdPerKg2025", Unit.USD_PER_KG),
    CHINA_COST_2025("cost.china.usdPerKg2025", Unit.USD_PER_KG),
    CHINA_COST_CHANGE("cost.china.annualChange", Unit.PER_YEAR),
    LEARNING_RATE("cost.learningRate", Unit.PER_DOUBLING),
    LEARNING_PRIOR_YEARS("cost.priorCumulativeYears", Unit.YEARS),
    SECURED_SHARE_2025("trade.securedShare2025", Unit.FRACTION),
    SECURED_SHARE_MAX("trade.securedShareMax", Unit.FRACTION),
    LEAD_TIME_CUT_MAX("regulatory.leadTimeCutMax", Unit.FRACTION),
    STOCKPILE_2025("stockpile.t2025", Unit.TONNES_REO),
    STOCKPILE_PRICE("stockpile.basketPrice", Unit.USD_PER_KG),
    RESPONSE_LAG_DAYS("disruption.responseLagDays", Unit.DAYS),
    RESOURCING_SHARE("disruption.resourcingShare", Unit.FRACTION),
    PRICE_ELASTICITY("disruption.priceElasticity", Unit.DIMENSIONLESS),
    PRICE_MULTIPLIER_CAP("disruption.priceMultiplierCap", Unit.FACTOR),
    DOWNSTREAM_VALUE_FACTOR("disruption.downstreamValueFactor", Unit.USD_PER_USD),
    DISCOUNT_RATE("finance.discountRate", Unit.PER_YEAR),
    RISK_WEIGHT_CONCENTRATION("risk.weightConcentration", Unit.WEIGHT),
    RISK_WEIGHT_SELF_SUFFICIENCY("risk.weightSelfSufficiency", Unit.WEIGHT),
    RISK_WEIGHT_STOCKPILE("risk.weightStockpile", Unit.WEIGHT),
    RISK_TARGET_DAYS("risk.targetCoverDays", Unit.DAYS),
    PRICE_NDPR_2025("price.ndpr.usdPerKg2025", Unit.USD_PER_KG),
    PRICE_TIGHTNESS_EXPONENT("price.tightnessExponent", Unit.DIMENSIONLESS),
    PRICE_RIVAL_RESPONSE("price.chinaRivalResponse", Unit.FRACTION),
    PRICE_SCARCITY_FACTOR("price.scarcityFactor", Unit.DIMENSIONLESS),
    CHINA_SEPARATION_UTILISATION_2025("china.separation.utilisation2025", Unit.FRACTION),
    CHINA_MAGNETS_UTILISATION_2025("china.magnets.utilisation2025", Unit.FRACTION),
    CHINA_OWN_DEMAND_SHARE("china.ownDemandShare", Unit.FRACTION),
    SEPARATION_RECOVERY("separation.recovery", Unit.FRACTION),
    ORE_TO_CHINA_SHARE("trade.oreToChinaShare", Unit.FRACTION),
    ORE_TO_CHINA_2025("ore.allied.toChina.t2025", Unit.TONNES_REO_PER_YEAR),
    OFFTAKE_FLOOR("offtake.floorUsdPerKg", Unit.USD_PER_KG),
    LEVER_DELIVERY_ODDS("lever.deliveryOdds", Unit.FRACTION),
    LEVER_RESPONSE_FACTOR("lever.responseFactor", Unit.DIMENSIONLESS),
    MIN_UTILISATION("market.minUtilisation", Unit.FRACTION),
    ALLIED_COST_SPREAD("cost.allied.spread", Unit.FRACTION),
    ROW_COST_2025("cost.row.usdPerKg2025", Unit.USD_PER_KG),
    ALLIED_MAGNETS_AVAILABILITY("allied.magnets.availability", Unit.FRACTION),
    ALLIED_SEPARATION_CAPACITY_2025("allied.separation.capacity2025", Unit.TONNES_REO_PER_YEAR),
    ALLIED_SEPARATION_RAMP_YEARS("allied.separation.rampYears", Unit.YEARS),
    MAGNET_HEAVY_CONTENT("magnet.heavyContent", Unit.FRACTION),
    ALLIED_HEAVY_2025("allied.heavy.t2025", Unit.TONNES_REO_PER_YEAR),
    ROW_HEAVY_2025("row.heavy.t2025", Unit.TONNES_REO_PER_YEAR),
    PRICE_DYTB_2025("price.dytb.usdPerKg2025", Unit.USD_PER_KG),
    EX_CHINA_PRICE_ELASTICITY("disruption.exChinaPriceElasticity", Unit.DIMENSIONLESS),
    STOCKPILE_HEAVY_SHARE("stockpile.heavyShare", Unit.FRACTION);

    private final String key;
    private final Unit unit;

    Param(String key, Unit unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
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
