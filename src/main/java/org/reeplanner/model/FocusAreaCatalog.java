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
