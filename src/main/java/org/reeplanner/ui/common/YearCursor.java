package org.reeplanner.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one year the whole window looks at: the KPI cards report it and every chart draws it as a vertical line.
 * Charts, the target-year selector and tests move it; it always stays within the scenario's horizon.
 */
public final class YearCursor {
    private final IntegerProperty year;
    private final ReadOnlyIntegerWrapper first = new ReadOnlyIntegerWrapper(this, "first");
    private final ReadOnlyIntegerWrapper last = new ReadOnlyIntegerWrapper(this, "last");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Integer> readOnlyYears = FXCollections.unmodifiableObservableList(years);

    public YearCursor(int initialYear, int firstYear, int lastYear) {
        year = new SimpleIntegerProperty(this, "year", initialYear);
        setHorizon(firstYear, lastYear);
    }

    /** The cursor's year; setting it directly bypasses clamping, so views and tests use {@link #moveTo}. */
    public IntegerProperty yearProperty() {
        return year;
    }

    public int year() {
        return year.get();
    }

    /** Moves the cursor to {@code target}, clamped to the horizon. */
    public void moveTo(int target) {
        year.set(Math.max(first.get(), Math.min(last.get(), target)));
    }

    /** Moves the cursor to the year nearest to a position on a time axis, e.g. 2030.4 → 2030. */
    public void moveTo(double fractionalYear) {
        if (Double.isFinite(fractionalYear)) {
            moveTo((int) Math.round(fractionalYear));
        }
    }

    /** Sets the years the cursor may take, and pulls it inside them if it was outside. */
    public void setHorizon(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("horizon " + firstYear + "–" + lastYear + " is empty");
        }
        if (firstYear != first.get() || lastYear != last.get() || years.isEmpty()) {
            first.set(firstYear);
            last.set(lastYear);
            Integer[] all = new Integer[lastYear - firstYear + 1];
            for (int i = 0; i < all.length; i++) {
                all[i] = firstYear + i;
            }
            years.setAll(all);
        }
        moveTo(year.get());
    }

    public ReadOnlyIntegerProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Every year of the horizon, for a year selector. */
    public ObservableList<Integer> years() {
        return readOnlyYears;
    }
}
