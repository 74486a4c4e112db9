// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over immutable states (Scene Builder's JobManager, without the jobs): undo is simply the
 * previous state. The stacks are capped. A gesture (a drag, a pinch, a slider pull) becomes one step however
 * many intermediate states it shows, and a run of small edits with the same merge key (typing in one field,
 * repeated zoom steps) also becomes one step.
 */
public final class History<T> {
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private T current;
    private T gestureBase;
    private String lastMergeKey;
    private long revision;

    public History(T initial, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.current = Objects.requireNonNull(initial);
        this.capacity = capacity;
    }

    public History(T initial) {
        this(initial, DEFAULT_CAPACITY);
    }

    public T current() {
        return current;
    }

    /** Grows on every change of {@link #current()}, including undo and redo. */
    public long revision() {
        return revision;
    }

    public boolean canUndo() {
        return gestureBase == null && !undo.isEmpty();
    }

    public boolean canRedo() {
        return gestureBase == null && !redo.isEmpty();
    }

    public boolean inGesture() {
        return gestureBase != null;
    }

    /** Makes {@code next} current as a new undo step (or as part of the running gesture). */
    public void push(T next) {
        push(next, null);
    }

    /**
     * Like {@link #push(Object)}, but when the previous step had the same non-null merge key the two become one
     * step: undo goes back to the state before the whole run.
     */
    public void push(T next, String mergeKey) {
        Objects.requireNonNull(next);
        if (next.equals(current)) {
            return;
        }
        if (gestureBase == null) {
            boolean merge = mergeKey != null && mergeKey.equals(lastMergeKey) && !undo.isEmpty();
            if (!merge) {
                undo.push(current);
                trim();
            }
            redo.clear();
            lastMergeKey = mergeKey;
        }
        current = next;
        revision++;
    }

    public void beginGesture() {
        if (gestureBase == null) {
            gestureBase = current;
        }
    }

    /** Ends the gesture; if it changed anything, the whole gesture is one undo step. */
    public void endGesture() {
        if (gestureBase == null) {
            return;
        }
        T base = gestureBase;
        gestureBase = null;
        lastMergeKey = null;
        if (!base.equals(current)) {
            undo.push(base);
            trim();
            redo.clear();
        }
    }

    public boolean undo() {
        if (!canUndo()) {
            return false;
        }
        redo.push(current);
        current = undo.pop();
        lastMergeKey = null;
        revision++;
        return true;
    }

    public boolean redo() {
        if (!canRedo()) {
            return false;
        }
        undo.push(current);
        current = redo.pop();
        lastMergeKey = null;
        revision++;
        return true;
    }

    /** Starts over from a state with no undo (a newly opened project). */
    public void reset(T state) {
        undo.clear();
        redo.clear();
        gestureBase = null;
        lastMergeKey = null;
        current = Objects.requireNonNull(state);
        revision++;
    }

    /**
     * Changes every kept state the same way without adding a step (a setting that lives in the states but is not an
     * edit, such as the remembered agency logo): undo then never brings back the old setting.
     */
    public void replaceAll(java.util.function.UnaryOperator<T> change) {
        current = Objects.requireNonNull(change.apply(current));
        replaceIn(undo, change);
        replaceIn(redo, change);
        if (gestureBase != null) {
            gestureBase = change.apply(gestureBase);
        }
        revision++;
    }

    private static <T> void replaceIn(Deque<T> states, java.util.function.UnaryOperator<T> change) {
        java.util.List<T> changed = states.stream().map(change).toList();
        states.clear();
        states.addAll(changed);
    }

    private void trim() {
        while (undo.size() > capacity) {
            undo.removeLast();
        }
    }
}
