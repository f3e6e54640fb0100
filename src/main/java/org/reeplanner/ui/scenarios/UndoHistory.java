package org.reeplanner.ui.scenarios;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The undo and redo stacks of immutable states (scenarios): every {@link #record recorded} change is one step,
 * except that all changes between {@link #beginGesture()} and {@link #endGesture()} (a slider drag) make a single
 * step. A new change clears what could be redone; the oldest steps are dropped past {@link #maxDepth()}.
 *
 * <p>Not thread-safe: the window uses it from the FX thread only.
 */
public final class UndoHistory<T> {
    public static final int DEFAULT_DEPTH = 200;

    private final int maxDepth;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final Runnable onChange;
    private T current;
    private int gestureDepth;
    private T gestureStart;

    public UndoHistory(T initial, int maxDepth, Runnable onChange) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("the undo depth must be at least 1, not " + maxDepth);
        }
        this.current = Objects.requireNonNull(initial, "initial state");
        this.maxDepth = maxDepth;
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    public UndoHistory(T initial) {
        this(initial, DEFAULT_DEPTH, () -> { });
    }

    public T current() {
        return current;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** How many steps can be undone. */
    public int undoSteps() {
        return undo.size();
    }

    public int redoSteps() {
        return redo.size();
    }

    /** Whether a gesture is open: changes now merge into one step. */
    public boolean inGesture() {
        return gestureDepth > 0;
    }

    /**
     * Records that the state became {@code next}: a new step (or, inside a gesture, part of the gesture's step).
     * Recording the current state again changes nothing.
     */
    public void record(T next) {
        Objects.requireNonNull(next, "next state");
        if (next.equals(current)) {
            return;
        }
        if (inGesture()) {
            if (gestureStart == null) {
                gestureStart = current;
                push(current);
            }
        } else {
            push(current);
        }
        redo.clear();
        current = next;
        onChange.run();
    }

    /** Starts a gesture: every change until the matching {@link #endGesture()} is one step. Gestures may nest. */
    public void beginGesture() {
        gestureDepth++;
    }

    /** Ends a gesture; a gesture that ends where it began (a drag back to the start) leaves no step. */
    public void endGesture() {
        if (gestureDepth == 0) {
            return;
        }
        if (--gestureDepth > 0) {
            return;
        }
        if (gestureStart != null && gestureStart.equals(current)) {
            undo.pollLast();
            onChange.run();
        }
        gestureStart = null;
    }

    /** Steps back and returns the state to show; an open gesture is closed first. */
    public T undo() {
        closeGesture();
        if (undo.isEmpty()) {
            return current;
        }
        redo.push(current);
        current = undo.pollLast();
        onChange.run();
        return current;
    }

    /** Steps forward again after an undo and returns the state to show. */
    public T redo() {
        closeGesture();
        if (redo.isEmpty()) {
            return current;
        }
        undo.addLast(current);
        current = redo.pop();
        onChange.run();
        return current;
    }

    /** Forgets every step and starts over at {@code state} (a file opened, a new scenario). */
    public void reset(T state) {
        current = Objects.requireNonNull(state, "state");
        undo.clear();
        redo.clear();
        gestureDepth = 0;
        gestureStart = null;
        onChange.run();
    }

    private void closeGesture() {
        if (inGesture()) {
            gestureDepth = 1;
            endGesture();
        }
    }

    private void push(T state) {
        undo.addLast(state);
        while (undo.size() > maxDepth) {
            undo.pollFirst();
        }
    }
}
