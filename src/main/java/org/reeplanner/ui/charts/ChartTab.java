package org.reeplanner.ui.charts;

/** The result tabs in display order, each with a stable id ({@code tab-supply}) and a short name. */
public enum ChartTab {
    SUPPLY("supply", "Supply"),
    CHINA_SHARE("china-share", "China share"),
    COSTS("costs", "Costs"),
    STRESS("stress", "Stress test"),
    UNCERTAINTY("uncertainty", "Uncertainty"),
    TORNADO("tornado", "Tornado"),
    ATTRIBUTION("attribution", "Attribution"),
    TABLE("table", "Table"),
    COMPARE("compare", "Compare"),
    /** Last, so that the tabs before it keep their positions when a window shows no assumptions tab. */
    ASSUMPTIONS("assumptions", "Assumptions");

    private final String key;
    private final String title;

    ChartTab(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String tabId() {
        return "tab-" + key;
    }

    public String title() {
        return title;
    }
}
