// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The way to the admin screen: five quick taps in the top-left corner open the PIN pad; the PIN is checked off the
 * FX thread (the hash is slow on purpose); five wrong PINs lock the pad for a minute. FX thread only.
 */
public final class AdminGate {
    static final int TAPS = 5;
    static final Duration TAP_WINDOW = Duration.ofSeconds(3);
    static final int TRIES = 5;
    static final Duration LOCK = Duration.ofMinutes(1);
    static final int MAX_DIGITS = 12;

    /** What the PIN pad says under the dots. */
    public enum State { ENTER, CHECKING, WRONG, LOCKED }

    private final VisitorFlow flow;
    private final Predicate<char[]> pinMatches;
    private final Executor background;
    private final Executor ui;
    private final InstantSource clock;
    private final ReadOnlyIntegerWrapper digits = new ReadOnlyIntegerWrapper(this, "digits");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.ENTER);
    private final ReadOnlyIntegerWrapper lockSeconds = new ReadOnlyIntegerWrapper(this, "lockSeconds");
    private char[] pin = new char[0];
    private int taps;
    private Instant firstTap = Instant.MIN;
    private int wrong;
    private Instant lockedUntil = Instant.MIN;

    /** @param pinMatches the configured PIN hash's check (slow; called on {@code background}) */
    public AdminGate(VisitorFlow flow, Predicate<char[]> pinMatches, Executor background, Executor ui,
            InstantSource clock) {
        this.flow = Objects.requireNonNull(flow);
        this.pinMatches = Objects.requireNonNull(pinMatches);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
    }

    /** How many digits are typed (the pad shows dots, never the digits). */
    public ReadOnlyIntegerProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Seconds left while locked. */
    public ReadOnlyIntegerProperty lockSecondsProperty() {
        return lockSeconds.getReadOnlyProperty();
    }

    /** A tap in the hidden corner; the fifth within three seconds opens the PIN pad. */
    public void cornerTap() {
        Instant now = clock.instant();
        if (Duration.between(firstTap, now).compareTo(TAP_WINDOW) > 0) {
            firstTap = now;
            taps = 0;
        }
        if (++taps >= TAPS) {
            taps = 0;
            firstTap = Instant.MIN;
            clearPin();
            refreshLock();
            flow.showAdmin(Screen.PIN);
        }
    }

    public void digit(int d) {
        if (d < 0 || d > 9 || locked() || state.get() == State.CHECKING || pin.length >= MAX_DIGITS) {
            return;
        }
        flow.activity();
        pin = Arrays.copyOf(pin, pin.length + 1);
        pin[pin.length - 1] = (char) ('0' + d);
        digits.set(pin.length);
        state.set(State.ENTER);
    }

    public void erase() {
        if (pin.length > 0 && state.get() != State.CHECKING) {
            flow.activity();
            Arrays.fill(pin, '\0');
            pin = Arrays.copyOf(pin, pin.length - 1);
            digits.set(pin.length);
        }
    }

    /** "OK": checks the PIN; right opens the admin screen, wrong counts towards the lock. */
    public void submit() {
        if (locked() || state.get() == State.CHECKING || pin.length == 0) {
            return;
        }
        flow.activity();
        char[] tried = pin;
        pin = new char[0];
        state.set(State.CHECKING);
        background.execute(() -> {
            boolean ok = pinMatches.test(tried);
            Arrays.fill(tried, '\0');
            ui.execute(() -> checked(ok));
        });
    }

    /** "Batal" on the PIN pad, or "Kembali" on the admin screen: back to the visitors. */
    public void leave() {
        clearPin();
        flow.backToAttract();
    }

    /** Called by the view's ticker: the lock's countdown. */
    public void tick() {
        if (state.get() == State.LOCKED) {
            refreshLock();
        }
    }

    private void checked(boolean ok) {
        digits.set(0);
        if (ok) {
            wrong = 0;
            state.set(State.ENTER);
            flow.showAdmin(Screen.ADMIN);
            return;
        }
        if (++wrong >= TRIES) {
            wrong = 0;
            lockedUntil = clock.instant().plus(LOCK);
        }
        state.set(State.WRONG);
        refreshLock();
    }

    private boolean locked() {
        return clock.instant().isBefore(lockedUntil);
    }

    private void refreshLock() {
        if (locked()) {
            long ms = Duration.between(clock.instant(), lockedUntil).toMillis();
            lockSeconds.set((int) ((ms + 999) / 1000));
            state.set(State.LOCKED);
        } else {
            lockSeconds.set(0);
            if (state.get() == State.LOCKED) {
                state.set(State.ENTER);
            }
        }
    }

    private void clearPin() {
        Arrays.fill(pin, '\0');
        pin = new char[0];
        digits.set(0);
        if (state.get() != State.LOCKED) {
            state.set(State.ENTER);
        }
    }
}
