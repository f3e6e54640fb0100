package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private int changes;
    private final UndoHistory<String> history = new UndoHistory<>("a", 5, () -> changes++);

    @Test
    void everyEditIsOneStepThatUndoAndRedoWalk() {
        history.record("b");
        history.record("c");

        assertThat(history.undo()).isEqualTo("b");
        assertThat(history.undo()).isEqualTo("a");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.undo()).as("nothing left to undo").isEqualTo("a");
        assertThat(history.redo()).isEqualTo("b");
        assertThat(history.redo()).isEqualTo("c");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        history.record("b");
        history.undo();

        history.record("x");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).isEqualTo("a");
    }

    @Test
    void recordingTheSameStateIsNoStep() {
        history.record("a");

        assertThat(history.canUndo()).isFalse();
        assertThat(changes).isZero();
    }

    @Test
    void depthIsBoundedDroppingTheOldestSteps() {
        for (String s : List.of("b", "c", "d", "e", "f", "g", "h")) {
            history.record(s);
        }

        assertThat(history.undoSteps()).isEqualTo(5);
        String last = null;
        while (history.canUndo()) {
            last = history.undo();
        }
        assertThat(last).isEqualTo("c");
    }

    @Test
    void resetForgetsEverything() {
        history.record("b");
        history.undo();

        history.reset("z");

        assertThat(history.current()).isEqualTo("z");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
    }

    @Nested
    class Gestures {
        @Test
        void aDragOfManyChangesIsOneStep() {
            history.beginGesture();
            for (int i = 1; i <= 50; i++) {
                history.record("a" + i);
            }
            history.endGesture();

            assertThat(history.undoSteps()).isEqualTo(1);
            assertThat(history.undo()).isEqualTo("a");
            assertThat(history.redo()).isEqualTo("a50");
        }

        @Test
        void aDragThatEndsWhereItBeganLeavesNoStep() {
            history.record("b");
            history.beginGesture();
            history.record("b1");
            history.record("b");
            history.endGesture();

            assertThat(history.undoSteps()).isEqualTo(1);
            assertThat(history.undo()).isEqualTo("a");
        }

        @Test
        void aGestureWithoutChangesLeavesNoStep() {
            history.beginGesture();
            history.endGesture();

            assertThat(history.canUndo()).isFalse();
        }

        @Test
        void editsBeforeAndAfterAGestureAreStepsOfTheirOwn() {
            history.record("b");
            history.beginGesture();
            history.record("c1");
            history.record("c2");
            history.endGesture();
            history.record("d");

            assertThat(history.undoSteps()).isEqualTo(3);
            assertThat(history.undo()).isEqualTo("c2");
            assertThat(history.undo()).isEqualTo("b");
        }

        @Test
        void nestedGesturesMakeOneStep() {
            history.beginGesture();
            history.record("b");
            history.beginGesture();
            history.record("c");
            history.endGesture();
            history.record("d");
            history.endGesture();

            assertThat(history.undoSteps()).isEqualTo(1);
        }

        @Test
        void undoDuringAGestureClosesItFirst() {
            history.beginGesture();
            history.record("b");

            assertThat(history.undo()).isEqualTo("a");
            assertThat(history.inGesture()).isFalse();
            history.record("c");
            assertThat(history.undoSteps()).isEqualTo(1);
        }

        @Test
        void anUnmatchedEndIsHarmless() {
            history.endGesture();
            history.record("b");

            assertThat(history.undoSteps()).isEqualTo(1);
        }
    }

    @RepeatedTest(50)
    void undoingEverythingReturnsToTheStartAndRedoingEverythingToTheEnd(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        UndoHistory<Integer> h = new UndoHistory<>(0, 1000, () -> { });
        List<Integer> visible = new ArrayList<>(List.of(0));
        for (int i = 0; i < 200; i++) {
            int op = random.nextInt(10);
            if (op < 5) {
                h.record(random.nextInt(1000) + 1);
            } else if (op < 7) {
                h.undo();
            } else if (op < 8) {
                h.redo();
            } else if (op < 9) {
                h.beginGesture();
            } else {
                h.endGesture();
            }
            visible.add(h.current());
        }
        h.endGesture();
        Integer end = h.current();
        while (h.canRedo()) {
            h.redo();
        }
        Integer newest = h.current();
        while (h.canUndo()) {
            h.undo();
        }
        assertThat(h.current()).isEqualTo(0);
        while (h.canRedo()) {
            h.redo();
        }
        assertThat(h.current()).isEqualTo(newest);
        assertThat(visible).contains(end);
    }
}
