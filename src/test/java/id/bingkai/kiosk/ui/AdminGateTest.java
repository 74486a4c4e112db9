// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.config.PinHash;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden way to the admin screen: five quick corner taps, the PIN (the engine's hash), a lock after five misses. */
class AdminGateTest {
    private static final Executor NOW = Runnable::run;
    private static final PinHash PIN = PinHash.hash("2468".toCharArray());
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock();
    private VisitorFlow flow;
    private AdminGate gate;

    @BeforeEach
    void setUp() throws Exception {
        TestSource source = new TestSource(TestPhotos.jpeg(dir, "foto.jpg", 400, 300));
        flow = new VisitorFlow(FlowSettings.DEFAULT, KioskRig.PACK, KioskRig.PACK.frames(),
                PhotoInput.of(PhotoInput.Kind.REPLAY, source), new FakeDelivery(dir, new KioskCounters()),
                KioskRig.RENDERS, NOW, NOW, clock, new KioskStatus(clock, new KioskCounters()));
        gate = new AdminGate(flow, PIN::matches, NOW, NOW, clock);
    }

    private void type(String digits) {
        digits.chars().forEach(c -> gate.digit(c - '0'));
        gate.submit();
    }

    private void taps(int n, Duration apart) {
        for (int i = 0; i < n; i++) {
            gate.cornerTap();
            clock.advance(apart);
        }
    }

    @Test
    void fiveQuickCornerTapsOpenThePinPadAndSlowOnesDoNot() {
        taps(5, Duration.ofSeconds(1));
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        taps(5, Duration.ofMillis(300));
        assertThat(flow.screen()).isEqualTo(Screen.PIN);
    }

    @Test
    void theRightPinOpensTheAdminScreenAndLeavingWipesBackToAttract() {
        taps(5, Duration.ofMillis(100));
        type("2468");
        assertThat(flow.screen()).isEqualTo(Screen.ADMIN);
        gate.leave();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void fiveWrongPinsLockThePadForAMinuteEvenForTheRightPin() {
        taps(5, Duration.ofMillis(100));
        for (int i = 0; i < 4; i++) {
            type("1111");
            assertThat(gate.stateProperty().get()).isEqualTo(AdminGate.State.WRONG);
        }
        type("1111");
        assertThat(gate.stateProperty().get()).isEqualTo(AdminGate.State.LOCKED);
        assertThat(gate.lockSecondsProperty().get()).isEqualTo(60);
        type("2468");
        assertThat(flow.screen()).as("locked: not even the right PIN").isEqualTo(Screen.PIN);
        clock.advance(Duration.ofSeconds(30));
        gate.tick();
        assertThat(gate.lockSecondsProperty().get()).isEqualTo(30);
        clock.advance(Duration.ofSeconds(31));
        gate.tick();
        assertThat(gate.stateProperty().get()).isEqualTo(AdminGate.State.ENTER);
        type("2468");
        assertThat(flow.screen()).isEqualTo(Screen.ADMIN);
    }

    @Test
    void thePinPadTimesOutLikeAnyScreen() {
        taps(5, Duration.ofMillis(100));
        gate.digit(2);
        clock.advance(FlowSettings.DEFAULT.screenIdle());
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }
}
