// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void undoReturnsThePreviousStateAndRedoComesBack() {
        History<String> h = new History<>("a");
        h.push("b");
        h.push("c");
        assertThat(h.undo()).isTrue();
        assertThat(h.current()).isEqualTo("b");
        assertThat(h.redo()).isTrue();
        assertThat(h.current()).isEqualTo("c");
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        History<String> h = new History<>("a");
        h.push("b");
        h.undo();
        h.push("x");
        assertThat(h.canRedo()).isFalse();
        h.undo();
        assertThat(h.current()).isEqualTo("a");
    }

    @Test
    void aGestureIsOneUndoStepHoweverManyStatesItShows() {
        History<String> h = new History<>("a");
        h.beginGesture();
        h.push("a1");
        h.push("a2");
        h.push("a3");
        h.endGesture();
        assertThat(h.current()).isEqualTo("a3");
        h.undo();
        assertThat(h.current()).isEqualTo("a");
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void aGestureThatChangesNothingLeavesNoStep() {
        History<String> h = new History<>("a");
        h.beginGesture();
        h.endGesture();
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void editsWithTheSameMergeKeyBecomeOneStep() {
        History<String> h = new History<>("");
        h.push("S", "text:nama");
        h.push("Si", "text:nama");
        h.push("Sit", "text:nama");
        h.push("Sit!", "text:unit");
        h.undo();
        assertThat(h.current()).isEqualTo("Sit");
        h.undo();
        assertThat(h.current()).isEmpty();
    }

    @Test
    void undoBreaksAMergeRun() {
        History<String> h = new History<>("");
        h.push("a", "k");
        h.push("ab", "k");
        h.undo();
        h.push("ax", "k");
        h.undo();
        assertThat(h.current()).isEmpty();
    }

    @Test
    void theStackIsCapped() {
        History<Integer> h = new History<>(0, 3);
        for (int i = 1; i <= 10; i++) {
            h.push(i);
        }
        int undos = 0;
        while (h.undo()) {
            undos++;
        }
        assertThat(undos).isEqualTo(3);
        assertThat(h.current()).isEqualTo(7);
    }

    @Test
    void pushingTheSameStateIsNotAStep() {
        History<String> h = new History<>("a");
        h.push("a");
        assertThat(h.canUndo()).isFalse();
    }
}
