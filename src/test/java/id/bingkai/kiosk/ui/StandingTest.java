// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.kiosk.config.KioskConfig.Orientation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandingTest {
    @ParameterizedTest(name = "{0} rotation {1} on {2}x{3}: {4}")
    @CsvSource({
        "AUTO,      90,  1920, 1080, 0",
        "AUTO,      90,  1080, 1920, 0",
        "PORTRAIT,  90,  1080, 1920, 0",
        "PORTRAIT,  90,  1920, 1080, 90",
        "PORTRAIT,  270, 1920, 1080, 270",
        "PORTRAIT,  90,  1366,  768, 90",
        "LANDSCAPE, 90,  1920, 1080, 0",
        "LANDSCAPE, 270, 1080, 1920, 270",
        "LANDSCAPE, 90,  1000, 1000, 0"})
    void theKioskTurnsOnlyWhenTheWantedShapeIsNotTheScreens(Orientation orientation, int rotation, int width,
            int height, int turn) {
        assertThat(new Standing(orientation, rotation).turn(width, height)).isEqualTo(turn);
    }

    @ParameterizedTest
    @CsvSource({"0", "180", "-90", "45"})
    void onlyAQuarterTurnEitherWayIsARotation(int rotation) {
        assertThatThrownBy(() -> new Standing(Orientation.PORTRAIT, rotation))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
