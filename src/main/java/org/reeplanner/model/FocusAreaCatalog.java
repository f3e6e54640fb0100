package org.reeplanner.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ordered list of focus areas the model knows; a scenario's levers line up with it. */
public final class FocusAreaCatalog {
    private final List<FocusArea> areas;

    public FocusAreaCatalog(List<FocusArea> areas) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("the focus-area catalog is empty");
        }
        Set<String> ids = new HashSet<>();
        for (FocusArea a : areas) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("focus area '" + a.id() + "' is defined twice");
            }
        }
        this.areas = List.copyOf(areas);
        this.offtakeIndex = findOfftake(this.areas);
    }

    private final int offtakeIndex;

    /**
     * The focus area whose money buys a price floor and offtake (its spend is the top-up actually paid), or −1.
     * At most one area may act on that channel, and through no other channel: its money is not spent as planned.
     */
    public int offtakeIndex() {
        return offtakeIndex;
    }

    private static int findOfftake(List<FocusArea> areas) {
        int found = -1;
        for (int k = 0; k < areas.size(); k++) {
            FocusArea a = areas.get(k);
            if (!a.actsOn(Channel.OFFTAKE_COVERAGE)) {
                continue;
            }
            if (found >= 0) {
                throw new IllegalArgumentException("only one focus area may act on '"
                        + Channel.OFFTAKE_COVERAGE.id() + "': " + areas.get(found).id() + " and " + a.id() + " do");
            }
            if (a.channels().size() != 1) {
                throw new IllegalArgumentException(a.id() + ": a focus area acting on '"
                        + Channel.OFFTAKE_COVERAGE.id() + "' acts through no other channel");
            }
            found = k;
        }
        return found;
    }

    public List<FocusArea> areas() {
        return areas;
    }

    public int size() {
        return areas.size();
    }

    public FocusArea get(int index) {
        return areas.get(index);
    }

    public int indexOf(String id) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<FocusArea> find(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(areas.get(i));
    }

    public List<String> ids() {
        return areas.stream().map(FocusArea::id).toList();
    }
}
