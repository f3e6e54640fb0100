package org.reeplanner.ui.scenarios;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.Scenario;

/**
 * One value of the session's scenario as a property that a control binds both ways. It keeps no copy: it reads the
 * value from the scenario (including an edit still waiting for the next frame), a new value goes to its owner's
 * {@code write}, which checks it and edits the scenario, and it tells its listeners when the scenario's value
 * changes, whoever changed it (a control, undo, a file).
 */
public final class ScenarioValue<T> extends ObjectPropertyBase<T> {
    private final Object bean;
    private final String name;
    private final ScenarioSession session;
    private final Function<Scenario, T> read;
    private final Consumer<T> write;

    public ScenarioValue(Object bean, String name, ScenarioSession session, Function<Scenario, T> read,
                         Consumer<T> write) {
        this.bean = bean;
        this.name = name;
        this.session = Objects.requireNonNull(session, "session");
        this.read = Objects.requireNonNull(read, "read");
        this.write = Objects.requireNonNull(write, "write");
        session.scenarioProperty().addListener((obs, before, now) -> {
            if (!Objects.equals(read.apply(before), read.apply(now))) {
                fireValueChangedEvent();
            }
        });
    }

    @Override
    public T get() {
        return read.apply(session.latest());
    }

    /** Hands a changed value to the owner's edit; the same value again edits nothing. */
    @Override
    public void set(T value) {
        if (!Objects.equals(value, get())) {
            write.accept(value);
        }
    }

    /** Not supported: the value is the scenario's, so nothing else can drive it. */
    @Override
    public void bind(ObservableValue<? extends T> source) {
        throw new UnsupportedOperationException(name + " is the scenario's value; bind it both ways instead");
    }

    @Override
    public Object getBean() {
        return bean;
    }

    @Override
    public String getName() {
        return name;
    }
}
