package org.reeplanner.ui.charts;

import org.reeplanner.ui.common.Messages;
/** The result tabs in display order, each with a stable id ({@code tab-supply}) and a short name. */
public enum ChartTab {
    SUPPLY("supply", Messages.key("tab.supply")),
    CHINA_SHARE("china-share", Messages.key("tab.chinaShare")),
    COSTS("costs", Messages.key("tab.costs")),
    STRESS("stress", Messages.key("tab.stress")),
    UNCERTAINTY("uncertainty", Messages.key("tab.uncertainty")),
    TORNADO("tornado", Messages.key("tab.tornado")),
    ATTRIBUTION("attribution", Messages.key("tab.attribution")),
    TABLE("table", Messages.key("tab.table")),
    COMPARE("compare", Messages.key("tab.compare")),
    /** Last, so that the tabs before it keep their positions when a window shows no assumptions tab. */
    ASSUMPTIONS("assumptions", Messages.key("tab.assumptions"));

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
        return Messages.get(title);
    }
}
