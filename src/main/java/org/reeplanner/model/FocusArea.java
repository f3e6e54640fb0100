package org.reeplanner.model;

import java.util.List;

/** An investment focus area (a lever): what it is called, what it does and the channels its money acts through. */
public record FocusArea(String id, String name, String description, String source, double sliderMaxUsdBn,
                        List<ChannelEffect> channels) {

    public FocusArea {
        if (id == null || !id.matches("[a-z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("focus-area id must be a lower-camel word, got '" + id + "'");
        }
        if (!(sliderMaxUsdBn > 0 && sliderMaxUsdBn <= Scenario.MAX_LEVER_USD_BN)) {
            throw new IllegalArgumentException(id + ": sliderMaxUsdBn must be in (0, " + Scenario.MAX_LEVER_USD_BN
                    + "]");
        }
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException(id + ": a focus area needs at least one channel");
        }
        channels = List.copyOf(channels);
    }

    public boolean actsOn(Channel channel) {
        return channels.stream().anyMatch(c -> c.channel() == channel);
    }
}
