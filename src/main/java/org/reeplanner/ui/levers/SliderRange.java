package org.reeplanner.ui.levers;

import java.util.function.DoubleSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

/**
 * A lever slider's top: the focus area's usual maximum, or the amount when that is larger (with a notice). While the
 * scenario holds the amount the user last set on this lever, the top it had then holds too, so the range never
 * shrinks under a drag or a key step; any other change of the amount (undo, a file) lets it follow the amount again.
 */
final class SliderRange {
    private final double usual;
    private final DoubleSupplier latest;
    private final ObjectProperty<Held> held = new SimpleObjectProperty<>(this, "held", Held.NONE);
    private final DoubleBinding top;
    private final StringBinding notice;

    /**
     * @param amount the lever's amount in the scenario
     * @param latest the lever's amount with an edit still waiting for the next frame
     */
    SliderRange(double usual, ObservableDoubleValue amount, DoubleSupplier latest) {
        this.usual = usual;
        this.latest = latest;
        top = Bindings.createDoubleBinding(() -> Math.max(usual, Math.max(amount.get(), kept())), amount, held);
        notice = Bindings.createStringBinding(() -> top.get() > usual ? Messages.format("lever.range.stretched",
                Formats.plain(usual), Formats.plain(top.get())) : "", top);
    }

    DoubleBinding top() {
        return top;
    }

    /** Says the slider was stretched beyond the usual range to show the amount; empty otherwise. */
    StringBinding notice() {
        return notice;
    }

    /** The user sets the lever to {@code amount}: the top stays at least where it is while the amount is that. */
    void hold(double amount) {
        held.set(new Held(Math.max(top.get(), amount), amount));
    }

    private double kept() {
        Held h = held.get();
        return h.at() == latest.getAsDouble() ? h.top() : 0;
    }

    /** The slider's top {@code top}, held while the lever's amount is {@code at}. */
    private record Held(double top, double at) {
        static final Held NONE = new Held(0, Double.NaN);
    }
}
