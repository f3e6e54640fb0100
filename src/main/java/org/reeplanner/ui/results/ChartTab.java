package org.reeplanner.ui.results;

import org.reeplanner.ui.common.Messages;

/**
 * The result tabs in display order, each with a stable id ({@code tab-supply}), a short name and its View-menu
 * shortcut. The shortcuts stay with their tabs when a tab is added in between: Shortcut+1 … Shortcut+9 and
 * Shortcut+0 as first released, and letters for later tabs.
 */
public enum ChartTab {
    SUPPLY("supply", Messages.key("tab.supply"), "1"),
    CHINA_SHARE("china-share", Messages.key("tab.chinaShare"), "2"),
    COSTS("costs", Messages.key("tab.costs"), "3"),
    /** The NdPr price with its floor and where the allied ore goes. */
    MARKET("market", Messages.key("tab.market"), "M"),
    STRESS("stress", Messages.key("tab.stress"), "4"),
    UNCERTAINTY("uncertainty", Messages.key("tab.uncertainty"), "5"),
    TORNADO("tornado", Messages.key("tab.tornado"), "6"),
    ATTRIBUTION("attribution", Messages.key("tab.attribution"), "7"),
    TABLE("table", Messages.key("tab.table"), "8"),
    COMPARE("compare", Messages.key("tab.compare"), "9"),
    /** Last, so that the tabs before it keep their positions when a window shows no assumptions tab. */
    ASSUMPTIONS("assumptions", Messages.key("tab.assumptions"), "0");

    private final String key;
    private final String title;
    private final String shortcutKey;

    ChartTab(String key, String title, String shortcutKey) {
        this.key = key;
        this.title = title;
        this.shortcutKey = shortcutKey;
    }

    public String tabId() {
        return "tab-" + key;
    }

    public String title() {
        return Messages.get(title);
    }

    /** The View menu's accelerator that selects the tab, e.g. {@code Shortcut+1}. */
    public String shortcut() {
        return "Shortcut+" + shortcutKey;
    }
}
