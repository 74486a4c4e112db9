// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real camera library: lists devices anywhere; grabs a frame only where a camera is plugged in. */
class OpenPnpCamerasTest {
    @Test
    void listingDevicesNeverFailsEvenWithoutCamerasOrTheNativeLibrary() {
        try (OpenPnpCameras cameras = new OpenPnpCameras()) {
            assertThat(cameras.devices()).isNotNull();
        }
    }

    @Test
    void aPluggedCameraDeliversAFrame() throws Exception {
        try (OpenPnpCameras cameras = new OpenPnpCameras()) {
            List<String> devices = cameras.devices();
            assumeTrue(!devices.isEmpty(), "no camera on this machine: the real capture test is skipped");
            try (CameraDriver.Stream stream = cameras.open(0)) {
                Optional<BufferedImage> frame = Optional.empty();
                for (int i = 0; i < 200 && frame.isEmpty(); i++) {
                    frame = stream.frame();
                    Thread.sleep(20);
                }
                assertThat(frame).as("a frame from " + devices.getFirst()).isPresent();
            }
        }
    }
}
